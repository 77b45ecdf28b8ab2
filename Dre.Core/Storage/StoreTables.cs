using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Dre.Core.Storage;

/// <summary>The tables of the store, as thread-safe clients shared by the whole process.</summary>
public sealed class StoreTables
{
    public const string DigestClaimsTable = "DigestClaims";
    public const string OutboxTable = "Outbox";
    public const string ChannelsTable = "Channels";
    public const string RoutesTable = "Routes";
    public const string ActivitiesTable = "Activities";
    public const string BotClaimsTable = "BotClaims";
    public const string ImportsTable = "Imports";

    /// <summary>
    /// Every table of the service, created at start: the embedded Storage/tables.json, which infra/main.bicep loads
    /// too, so that a table cannot exist in one and not the other (Dre.Infra.Tests checks every name above is in it).
    /// </summary>
    public static readonly IReadOnlyList<string> Names = LoadNames();

    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, TableClient> _clients = new(StringComparer.Ordinal);

    /// <param name="options">Where the store is.</param>
    /// <param name="clientOptions">
    /// How the clients reach it. The service leaves it unset (the SDK's defaults); tests give a transport that fails
    /// chosen requests, so that a store outage is met where the product meets it, under the SDK's own retries.
    /// </param>
    public StoreTables(IOptions<StorageOptions> options, TableClientOptions? clientOptions = null)
    {
        var o = options.Value;
        var client = clientOptions ?? new TableClientOptions();
        _prefix = o.TablePrefix;
        _service = o.ConnectionString is { Length: > 0 } connectionString
            ? new TableServiceClient(connectionString, client)
            : new TableServiceClient(o.TableEndpoint, new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = o.ManagedIdentityClientId,
            }), client);
        Partners = Table("Partners");
        Contacts = Table("Contacts");
        ContactsByPartner = Table("ContactsByPartner");
        ContactsByWeek = Table("ContactsByWeek");
        FollowUps = Table("FollowUps");
        Journal = Table("Journal");
        Activities = Table(ActivitiesTable);
    }

    public TableClient Partners { get; }
    public TableClient Contacts { get; }
    public TableClient ContactsByPartner { get; }
    public TableClient ContactsByWeek { get; }
    public TableClient FollowUps { get; }
    public TableClient Journal { get; }

    /// <summary>One insert-only row per incoming bot activity: Teams re-sends slow ones, and a turn must run once.</summary>
    public TableClient Activities { get; }

    /// <summary>One client per table for the life of the process: stores ask for theirs on every operation.</summary>
    public TableClient Table(string name) => _clients.GetOrAdd(name, n => _service.GetTableClient(_prefix + n));

    public async Task CreateIfMissingAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        foreach (var name in names)
        {
            await Table(name).CreateIfNotExistsAsync(cancellationToken);
        }
    }

    private static string[] LoadNames()
    {
        const string resource = "Dre.Core.Storage.tables.json";
        using var stream = typeof(StoreTables).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        return JsonSerializer.Deserialize<string[]>(stream) ?? throw new InvalidOperationException($"{resource} is empty.");
    }

    /// <summary>A cheap round trip that proves the store answers (health checks).</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var _ in Partners.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            break;
        }
    }
}
