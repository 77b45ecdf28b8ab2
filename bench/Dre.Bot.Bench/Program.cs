using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dre.Bot.Bench;
using Dre.Testing;

// The bench runs itself as the baseline echo bot when started with --echo-server.
if (args.Contains("--echo-server"))
{
    await EchoServer.RunAsync([.. args.Where(a => a != "--echo-server")]);
    return 0;
}

var settings = BenchSettings.Parse(args);
var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
var botDll = Path.Combine(RepositoryRoot.Path, "Dre.Service", "bin", configuration, "net10.0", "Dre.Service.dll");
var benchDll = Path.Combine(AppContext.BaseDirectory, "Dre.Bot.Bench.dll");
if (!File.Exists(botDll))
{
    Console.Error.WriteLine($"Dre.Service.dll not found at {botDll}: build the solution in {configuration} first.");
    return 2;
}

Console.WriteLine($"Starting Azurite, the fake Bot Connector, the service ({configuration}) and the echo baseline...");
var azurite = AzuriteServer.Shared;
await using var connector = await FakeBotConnector.StartAsync();
connector.Members.Add(MessageDriver.Sender); // Teams knows who writes: the bot's member lookup finds her
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(60) };
var serviceEnvironment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development",
    ["Storage__ConnectionString"] = azurite.ConnectionString,
    ["Storage__TablePrefix"] = AzuriteServer.NewPrefix(),
    ["Demo__SeedContacts"] = settings.SeedContacts ? "true" : "false",
    [TeamsTenant.Setting.Replace(":", "__", StringComparison.Ordinal)] = TeamsTenant.Id,
    ["Logging__LogLevel__Default"] = "Warning",
};
await using var service = await ServiceProcess.StartAsync(botDll, serviceEnvironment, TimeSpan.FromSeconds(90));
await using var echo = await ServiceProcess.StartAsync(benchDll, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, TimeSpan.FromSeconds(90), ["--echo-server"]);

var rows = new List<string[]>();
var serviceDriver = new MessageDriver(http, connector, new Uri(service.BaseAddress, "/api/messages"), settings.Message);
var echoDriver = new MessageDriver(http, connector, new Uri(echo.BaseAddress, "/api/messages"), settings.Message);

var (_, probe) = await serviceDriver.SendAsync();
var serviceHasBot = probe != HttpStatusCode.ServiceUnavailable;
if (!serviceHasBot)
{
    Console.WriteLine("The service has no conversation logic (IBot) yet: /api/messages answers 503. Measuring the echo baseline only.");
}

if (serviceHasBot)
{
    var before = connector.Requests.Count;
    rows.Add(Row($"DRE bot, \"{settings.Message}\", sequential", await Sequential(serviceDriver, settings.Iterations), PeakMiB(service)));
    var calls = connector.Requests.Skip(before).ToList();
    var turns = Math.Min(5, settings.Iterations) + settings.Iterations;
    Console.WriteLine($"Bot Connector calls per turn (sequential, one person's chat, {turns} turns): " +
        $"{calls.Count(r => !r.IsActivity) / (double)turns:0.00} besides the reply ({calls.Count(r => r.Path.Contains("/members/", StringComparison.Ordinal))} member lookups, {calls.Count(r => r.IsActivity)} activities sent)");
}

rows.Add(Row($"Echo bot, \"{settings.Message}\", sequential", await Sequential(echoDriver, settings.Iterations), PeakMiB(echo)));
var loadTarget = serviceHasBot ? (Name: "DRE bot", Driver: serviceDriver, Child: service) : (Name: "Echo bot", Driver: echoDriver, Child: echo);
Console.WriteLine($"Load: {settings.Users} users for {settings.Duration.TotalSeconds:0} s against the {loadTarget.Name}...");
rows.Add(Row($"{loadTarget.Name}, {settings.Users} users, {settings.Duration.TotalSeconds:0} s", await Load(loadTarget.Driver, settings.Users, settings.Duration), PeakMiB(loadTarget.Child)));

Print(["Scenario", "Requests", "Errors", "Median ms", "p95 ms", "Req/s", "Peak RSS MiB"], rows);
Console.WriteLine("Aim for the load run: no errors, peak RSS under 250 MiB.");
return 0;

static async Task<Result> Sequential(MessageDriver driver, int iterations)
{
    for (var i = 0; i < Math.Min(5, iterations); i++)
    {
        await driver.SendAsync(); // warm-up: JIT, connections, first table round trips
    }

    var result = new Result();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < iterations; i++)
    {
        result.Add(await driver.SendAsync());
    }

    result.Wall = clock.Elapsed;
    return result;
}

static async Task<Result> Load(MessageDriver driver, int users, TimeSpan duration)
{
    var result = new Result();
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, users).Select(async _ =>
    {
        var person = driver.Another(); // each simulated user in their own personal chat
        while (clock.Elapsed < duration)
        {
            result.Add(await person.SendAsync());
        }
    }));
    result.Wall = clock.Elapsed;
    return result;
}

static double PeakMiB(ServiceProcess process) => process.PeakWorkingSetBytes() / 1024.0 / 1024.0;

static string[] Row(string name, Result r, double peakRss)
{
    var ms = r.Latencies.Select(t => t.TotalMilliseconds).Order().ToArray();
    string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
    return [name, (ms.Length + r.Errors).ToString(CultureInfo.InvariantCulture), r.Errors.ToString(CultureInfo.InvariantCulture),
        ms.Length == 0 ? "-" : F(Percentile(ms, 0.5)), ms.Length == 0 ? "-" : F(Percentile(ms, 0.95)),
        F((ms.Length + r.Errors) / r.Wall.TotalSeconds), F(peakRss)];
}

static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

static void Print(string[] header, List<string[]> rows)
{
    var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
    string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
    Console.WriteLine();
    Console.WriteLine(Line(header));
    Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
    rows.ForEach(r => Console.WriteLine(Line(r)));
    Console.WriteLine();
}

internal sealed class Result
{
    private readonly ConcurrentBag<TimeSpan> _latencies = [];
    private int _errors;

    public IEnumerable<TimeSpan> Latencies => _latencies;

    public int Errors => _errors;

    public TimeSpan Wall { get; set; }

    public void Add((TimeSpan? Elapsed, HttpStatusCode Status) outcome)
    {
        if (outcome.Elapsed is { } elapsed)
        {
            _latencies.Add(elapsed);
        }
        else
        {
            Interlocked.Increment(ref _errors);
        }
    }
}
