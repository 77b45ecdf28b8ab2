using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Tests.Storage;

/// <summary>Claims written before claims expired are scanned for once: deleted when old enough, else pruned in time.</summary>
public sealed class ClaimBackfillTests : ClaimTableTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    [Fact]
    public async Task OldTurnClaims_AreDeleted_RecentOnesStillRecognised_ThenPruned()
    {
        await AddEarlierTurnAsync("two-days-old", TimeSpan.FromDays(2));
        await AddEarlierTurnAsync("an-hour-old", TimeSpan.FromHours(1));

        Assert.Equal(2, await new ClaimBackfill(Clock).RunOnceAsync(Table, Retention));

        Assert.Equal(["an-hour-old"], await ClaimRowsAsync());
        Assert.Equal(ClaimOutcome.Done, await new LeaseClaims(Table, Clock, Retention).TryClaimAsync("p", "an-hour-old", TimeSpan.FromMinutes(2)));
        Clock.Advance(Retention);
        Assert.Equal(1, await new ClaimPruner(Clock).PruneAsync(Table));
        Assert.Empty(await ClaimRowsAsync());
    }

    [Fact]
    public async Task ClaimsThatKeptNoTime_AreKeptARetentionFromTheScan()
    {
        await Table.AddEntityAsync(new TableEntity("contactForm", "old") { ["UserId"] = "eva" });

        await new ClaimBackfill(Clock).RunOnceAsync(Table, Retention);
        Clock.Advance(Retention - TimeSpan.FromHours(1));
        await new ClaimPruner(Clock).PruneAsync(Table);
        Assert.Equal(["old"], await ClaimRowsAsync());

        Clock.Advance(TimeSpan.FromHours(2));
        await new ClaimPruner(Clock).PruneAsync(Table);
        Assert.Empty(await ClaimRowsAsync());
    }

    [Fact]
    public async Task Scan_RunsOnceForAllInstances()
    {
        await AddEarlierTurnAsync("first", TimeSpan.FromDays(2));
        Assert.Equal(1, await new ClaimBackfill(Clock).RunOnceAsync(Table, Retention));
        await AddEarlierTurnAsync("after", TimeSpan.FromDays(2));

        Assert.Equal(0, await new ClaimBackfill(Clock).RunOnceAsync(Table, Retention));
        Assert.Equal(["after"], await ClaimRowsAsync());
    }

    [Fact]
    public async Task TableNotCreatedYet_IsLeftForLater()
    {
        var missing = Tables.Table("Missing");

        Assert.Null(await new ClaimBackfill(Clock).RunOnceAsync(missing, Retention));
    }

    /// <summary>A turn claim as the version before lease claims wrote it.</summary>
    private async Task AddEarlierTurnAsync(string rowKey, TimeSpan age) =>
        await Table.AddEntityAsync(new TableEntity("p", rowKey) { ["State"] = "Done", ["ClaimedAt"] = Clock.GetUtcNow() - age });
}
