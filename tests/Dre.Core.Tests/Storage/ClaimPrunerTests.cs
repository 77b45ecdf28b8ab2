using Dre.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dre.Core.Tests.Storage;

/// <summary>Claims kept for a retention are deleted once it has passed, by the service's clock; the others stay.</summary>
public sealed class ClaimPrunerTests : ClaimTableTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ClaimsPastTheirRetention_AreDeleted_YoungerOnesStay()
    {
        var claims = await DoneClaimAsync("old");
        Clock.Advance(Retention - TimeSpan.FromHours(1));
        await claims.TryClaimAsync("p", "young", Lease);
        // Past the old claim's retention, and past the end of the hour its index row is kept in.
        Clock.Advance(TimeSpan.FromHours(2));

        var pruned = await new ClaimPruner(Clock).PruneAsync(Table);

        Assert.Equal(1, pruned);
        Assert.Equal(["young"], await ClaimRowsAsync());
    }

    [Fact]
    public async Task ClaimWithinItsRetention_IsStillFound_AfterAPrune()
    {
        var claims = await DoneClaimAsync("r");
        Clock.Advance(Retention - TimeSpan.FromMinutes(1));

        await new ClaimPruner(Clock).PruneAsync(Table);

        Assert.Equal(ClaimOutcome.Done, await claims.TryClaimAsync("p", "r", Lease));
    }

    [Fact]
    public async Task ClaimMadeAgain_OutlivesTheIndexRowOfItsFirstClaim()
    {
        var claims = new LeaseClaims(Table, Clock, Retention);
        await claims.TryClaimAsync("p", "form", Timeout.InfiniteTimeSpan);
        await claims.ReleaseAsync("p", "form");
        Clock.Advance(TimeSpan.FromHours(12));
        await claims.TryClaimAsync("p", "form", Timeout.InfiniteTimeSpan);
        Clock.Advance(TimeSpan.FromHours(13));

        Assert.Equal(0, await new ClaimPruner(Clock).PruneAsync(Table));
        Assert.Equal(ClaimOutcome.Held, await claims.TryClaimAsync("p", "form", Timeout.InfiniteTimeSpan));
        Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(1, await new ClaimPruner(Clock).PruneAsync(Table));
    }

    [Fact]
    public async Task ClaimsWithoutRetention_AreKept()
    {
        await new LeaseClaims(Table, Clock).TryClaimAsync("slot", "recipient", Lease);
        Clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal(0, await new ClaimPruner(Clock).PruneAsync(Table));
        Assert.Equal(["recipient"], await ClaimRowsAsync());
    }

    [Fact]
    public async Task TableNotCreatedYet_PrunesNothing()
    {
        Assert.Equal(0, await new ClaimPruner(Clock).PruneAsync(Tables.Table("NeverUsed")));
    }

    [Fact]
    public async Task PruningService_PrunesAtEachInterval_OfTheServiceClock()
    {
        await new LeaseClaims(Table, Clock, Retention).TryClaimAsync("p", "r", Lease);
        using var service = new ClaimPruning(Tables, [new PrunedClaimTable(TableName, Retention)], Clock, NullLogger<ClaimPruning>.Instance);

        await service.StartAsync(CancellationToken.None);
        Assert.Equal(["r"], await ClaimRowsAsync());
        Clock.Advance(Retention + TimeSpan.FromHours(1));
        var left = await ClaimRowsOnceGoneAsync();
        await service.StopAsync(CancellationToken.None);

        Assert.Empty(left);
    }

    private async Task<LeaseClaims> DoneClaimAsync(string rowKey)
    {
        var claims = new LeaseClaims(Table, Clock, Retention);
        await claims.TryClaimAsync("p", rowKey, Lease);
        await claims.CompleteAsync("p", rowKey);
        return claims;
    }

    /// <summary>Waits for the service's pass on another thread; what is asserted does not depend on how long it took.</summary>
    private async Task<List<string>> ClaimRowsOnceGoneAsync()
    {
        for (var attempt = 0; attempt < 200 && (await ClaimRowsAsync()).Count > 0; attempt++)
        {
            await Task.Delay(50);
        }

        return await ClaimRowsAsync();
    }
}
