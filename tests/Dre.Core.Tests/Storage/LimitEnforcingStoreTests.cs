using Azure;
using Azure.Data.Tables;
using Dre.Testing;

namespace Dre.Core.Tests.Storage;

/// <summary>
/// The store that the size tests write through refuses what Azure refuses and passes what Azure stores, in single
/// writes and in batches, while Azurite alone stores everything: otherwise those tests could not fail.
/// </summary>
public sealed class LimitEnforcingStoreTests : IAsyncLifetime
{
    // 32,000 UTF-16 characters: 64,000 bytes, just inside the 64 KiB a string may take. ASCII, because Azurite refuses
    // some updates by the size of their UTF-8 body, a count of its own that these tests are not about.
    private static readonly string LargestString = new('e', 32_000);

    private LimitEnforcingStore _limits = null!;
    private TableClient _direct = null!;
    private TableClient _enforced = null!;

    public async Task InitializeAsync()
    {
        _limits = await LimitEnforcingStore.StartAsync();
        var table = AzuriteServer.NewPrefix() + "Limits";
        _direct = new TableServiceClient(AzuriteServer.Shared.ConnectionString).GetTableClient(table);
        _enforced = new TableServiceClient(_limits.ConnectionString).GetTableClient(table);
        await _enforced.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        await _direct.DeleteAsync();
        await _limits.DisposeAsync();
    }

    [Fact]
    public async Task AnEntityPastOneMebibyte_IsStoredByAzurite_AndRefusedAsAzureRefusesIt()
    {
        await _direct.AddEntityAsync(Entity("direct", strings: 17));

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => _enforced.AddEntityAsync(Entity("enforced", strings: 17)));

        Assert.Equal(400, refused.Status);
        Assert.Equal("EntityTooLarge", refused.ErrorCode);
        Assert.False((await _direct.GetEntityIfExistsAsync<TableEntity>("p", "enforced")).HasValue);
    }

    [Fact]
    public async Task AnEntityJustInsideTheLimits_IsStoredThroughIt()
    {
        await _enforced.UpsertEntityAsync(Entity("inside", strings: 16));

        var stored = (await _enforced.GetEntityAsync<TableEntity>("p", "inside")).Value;
        Assert.Equal(LargestString, stored.GetString("S15"));
        Assert.Equal(0, _limits.Refused);
    }

    [Fact]
    public async Task AStringPastSixtyFourKibibytes_IsRefused()
    {
        var entity = new TableEntity("p", "long") { ["Text"] = LargestString + new string('e', 800) };

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => _enforced.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Replace));

        Assert.Equal("PropertyValueTooLarge", refused.ErrorCode);
    }

    [Fact]
    public async Task ABatchWithOneEntityTooLarge_FailsAtThatOperation_AndWritesNothing()
    {
        TableTransactionAction[] batch =
        [
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "small") { ["Text"] = "fits" }),
            new(TableTransactionActionType.UpsertReplace, Entity("large", strings: 17)),
        ];

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _enforced.SubmitTransactionAsync(batch));

        Assert.Equal(1, failed.FailedTransactionActionIndex);
        Assert.Equal("EntityTooLarge", failed.ErrorCode);
        Assert.False((await _direct.GetEntityIfExistsAsync<TableEntity>("p", "small")).HasValue);
    }

    private static TableEntity Entity(string rowKey, int strings)
    {
        var entity = new TableEntity("p", rowKey);
        for (var i = 0; i < strings; i++)
        {
            entity[$"S{i}"] = LargestString;
        }

        return entity;
    }
}
