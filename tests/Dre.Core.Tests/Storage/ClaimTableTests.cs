using Azure.Data.Tables;
using Dre.Core.Storage;
using Dre.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Core.Tests.Storage;

/// <summary>Tests of claims: a table of claims of each test's own over the shared Azurite, and a pinned clock.</summary>
public abstract class ClaimTableTests : IAsyncLifetime
{
    protected const string TableName = "Claims";

    protected FakeTimeProvider Clock { get; } = TestClock.Pinned();

    protected StoreTables Tables { get; } = new(Options.Create(new StorageOptions
    {
        ConnectionString = AzuriteServer.Shared.ConnectionString,
        TablePrefix = AzuriteServer.NewPrefix(),
    }));

    protected TableClient Table => Tables.Table(TableName);

    public virtual async Task InitializeAsync() => await Table.CreateIfNotExistsAsync();

    public async Task DisposeAsync() => await Table.DeleteAsync();

    /// <summary>The claims' row keys, without the expiry index and the backfill's marker.</summary>
    protected async Task<List<string>> ClaimRowsAsync() =>
        await Table.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo("~") < 0).Select(e => e.RowKey).ToListAsync();
}
