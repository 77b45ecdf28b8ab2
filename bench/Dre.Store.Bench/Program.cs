using Azure.Core;
using Azure.Data.Tables;
using Dre.Core;
using Dre.Core.Digest;
using Dre.Store.Bench;
using Dre.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    await Console.Error.WriteLineAsync(error + Environment.NewLine + BenchOptions.Usage);
    return 2;
}

#if DEBUG
Console.WriteLine("Warning: a Debug build; run with -c Release for figures worth quoting.");
#endif

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

Console.WriteLine($"{options.Contacts:N0} contacts, {options.Iterations} timed runs per operation after {options.WarmUp} warm-up runs, {Environment.ProcessorCount} cores, Azurite in memory.");
var azurite = AzuriteServer.Shared;
var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:ConnectionString"] = azurite.ConnectionString,
    ["Storage:TablePrefix"] = "bench",
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var counter = new RoundTripCounter();
var clientOptions = new TableClientOptions();
clientOptions.AddPolicy(counter, HttpPipelinePosition.PerRetry);
builder.Services.AddSingleton(clientOptions);
builder.AddDreStore();
builder.AddDreDigest();
using var host = builder.Build();
await host.StartAsync(cancellation.Token);

var results = await new StoreBench(options, host.Services, counter, Console.Out).RunAsync(cancellation.Token);
Console.WriteLine();
ResultTable.Write(Console.Out, results);
await host.StopAsync(CancellationToken.None);
return 0;
