using Dre.Core.Audit;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dre.Core.Tests.Storage;

/// <summary>
/// The store as one service instance wires it, over Azurite, without the background work: two instances over one
/// prefix are two processes sharing the store, and a new instance over an old prefix is a restart.
/// </summary>
internal sealed class StoreInstance : IDisposable
{
    private readonly IHost _host;

    private StoreInstance(string prefix, TimeProvider clock, TableClientOptions? clientOptions, string connectionString)
    {
        Prefix = prefix;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
        });
        builder.AddDreStore();
        builder.Services.AddSingleton(clock);
        if (clientOptions is not null)
        {
            builder.Services.AddSingleton(clientOptions);
        }

        _host = builder.Build();
    }

    public string Prefix { get; }

    public IServiceProvider Services => _host.Services;

    public StoreTables Tables => _host.Services.GetRequiredService<StoreTables>();

    public IContactStore Contacts => _host.Services.GetRequiredService<IContactStore>();

    public ContactService Service => _host.Services.GetRequiredService<ContactService>();

    public TimeProvider Clock => _host.Services.GetRequiredService<TimeProvider>();

    public ContactDeletions Deletions => _host.Services.GetRequiredService<ContactDeletions>();

    public AuditTrail Audit => _host.Services.GetRequiredService<AuditTrail>();

    public PartnerEdits PartnerEdits => _host.Services.GetRequiredService<PartnerEdits>();

    public TablePartnerDirectory Directory => _host.Services.GetRequiredService<TablePartnerDirectory>();

    /// <summary>Starts an instance as the service does: tables created if missing, then the directory seeded.</summary>
    /// <param name="clientOptions">How its table clients reach Azurite: through a <see cref="StoreFaults"/> transport, say.</param>
    /// <param name="connectionString">Another way to the store than Azurite's own: a <see cref="LimitEnforcingStore"/>, say.</param>
    public static async Task<StoreInstance> StartAsync(
        TimeProvider clock, string? prefix = null, IReadOnlyList<Partner>? seed = null, TableClientOptions? clientOptions = null, string? connectionString = null)
    {
        var instance = new StoreInstance(prefix ?? AzuriteServer.NewPrefix(), clock, clientOptions, connectionString ?? AzuriteServer.Shared.ConnectionString);
        await instance.Tables.CreateIfMissingAsync(StoreTables.Names);
        await instance.Directory.SeedAsync(seed ?? PartnerDirectorySeed.Load());
        return instance;
    }

    /// <summary>
    /// Runs a write that dies on the first touch of the given tables, as a process killed at that point would: what it
    /// wrote before stays, nothing after it is written.
    /// </summary>
    public async Task CrashAtAsync(IReadOnlyList<string> tables, Func<Task> write)
    {
        foreach (var table in tables)
        {
            await Tables.Table(table).DeleteAsync();
        }

        await Assert.ThrowsAnyAsync<RequestFailedException>(write);
        await Tables.CreateIfMissingAsync(tables);
    }

    public void Dispose() => _host.Dispose();
}
