using Azure.Data.Tables;
using Dre.Bot.Conversations;
using Dre.Bot.Teams;
using Dre.Core.Storage;
using Dre.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Bot.Tests.Storage;

/// <summary>
/// The bot's claims are pruned once their retention has passed, by the service's clock: a turn re-sent within it is
/// still a duplicate, a form still refused, and what is older is deleted.
/// </summary>
public sealed class ClaimRetentionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.Pinned();
    private readonly StoreTables _tables = new(Options.Create(new StorageOptions
    {
        ConnectionString = AzuriteServer.Shared.ConnectionString,
        TablePrefix = AzuriteServer.NewPrefix(),
    }));

    public async Task InitializeAsync() => await _tables.CreateIfMissingAsync([StoreTables.ActivitiesTable, StoreTables.BotClaimsTable]);

    public async Task DisposeAsync()
    {
        await _tables.Activities.DeleteAsync();
        await _tables.Table(BotClaims.TableName).DeleteAsync();
    }

    [Fact]
    public async Task TurnReplayedWithinTheRetention_IsStillADuplicate_AfterAPrune()
    {
        var turns = await CompletedTurnAsync("1");
        _clock.Advance(TurnClaims.Retention - TimeSpan.FromMinutes(1));

        await PruneAsync(_tables.Activities);

        Assert.Equal(new TurnClaim(false, "Done"), await turns.ClaimAsync("a:chat", "1"));
    }

    [Fact]
    public async Task TurnsOlderThanTheRetention_AreDeleted_YoungerOnesStay()
    {
        var turns = await CompletedTurnAsync("old");
        _clock.Advance(TurnClaims.Retention - TimeSpan.FromHours(1));
        await turns.ClaimAsync("a:chat", "young");
        _clock.Advance(TimeSpan.FromHours(2));

        await PruneAsync(_tables.Activities);

        Assert.Equal(["young"], await ClaimsAsync(_tables.Activities, "ActivityId"));
    }

    [Fact]
    public async Task WelcomeClaimsGoAfterADay_FormClaimsStayForTheirMonth()
    {
        var claims = new BotClaims(_tables, _clock);
        Assert.True(await claims.TryClaimWelcomeAsync("a:chat", _clock.GetUtcNow()));
        Assert.True(await claims.TryClaimFormAsync("form-1", "eva"));
        _clock.Advance(BotClaims.WelcomeRetention + TimeSpan.FromHours(1));

        await PruneAsync(_tables.Table(BotClaims.TableName));

        Assert.Equal(["eva"], await ClaimsAsync(_tables.Table(BotClaims.TableName), "UserId"));
        Assert.False(await claims.TryClaimFormAsync("form-1", "eva"));
        _clock.Advance(BotClaims.FormRetention);
        await PruneAsync(_tables.Table(BotClaims.TableName));
        Assert.Empty(await ClaimsAsync(_tables.Table(BotClaims.TableName), "UserId"));
    }

    private async Task<TurnClaims> CompletedTurnAsync(string activityId)
    {
        var turns = new TurnClaims(_tables, _clock, NullLogger<TurnClaims>.Instance);
        await turns.ClaimAsync("a:chat", activityId);
        await turns.CompleteAsync("a:chat", activityId);
        return turns;
    }

    private Task<int> PruneAsync(TableClient table) => new ClaimPruner(_clock).PruneAsync(table);

    /// <summary>A column of each claim left, without the expiry index.</summary>
    private static async Task<List<string>> ClaimsAsync(TableClient table, string column) =>
        await table.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo("~") < 0).Select(e => e.GetString(column)).ToListAsync();
}
