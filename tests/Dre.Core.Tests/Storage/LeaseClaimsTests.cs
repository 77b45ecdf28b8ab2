using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Dre.Core.Storage;
using Dre.Testing;

namespace Dre.Core.Tests.Storage;

/// <summary>One claim per thing: who holds it, when it may be taken over, and rows written before claims were lease claims.</summary>
public sealed class LeaseClaimsTests : ClaimTableTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    private LeaseClaims _claims = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _claims = new LeaseClaims(Table, Clock);
    }

    [Fact]
    public async Task SecondClaim_IsHeldUntilTheLeaseEnds_ThenTakenOver()
    {
        Assert.Equal(ClaimOutcome.Claimed, await _claims.TryClaimAsync("p", "r", Lease));

        Assert.Equal(ClaimOutcome.Held, await new LeaseClaims(Table, Clock).TryClaimAsync("p", "r", Lease));
        Clock.Advance(Lease);
        Assert.Equal(ClaimOutcome.Claimed, await new LeaseClaims(Table, Clock).TryClaimAsync("p", "r", Lease));
    }

    [Fact]
    public async Task CompletedClaim_IsNeverTakenAgain_AReleasedOne_AtOnce()
    {
        await _claims.TryClaimAsync("p", "done", Lease);
        await _claims.TryClaimAsync("p", "released", Lease);

        await _claims.CompleteAsync("p", "done");
        await _claims.ReleaseAsync("p", "released");

        Assert.Equal(ClaimOutcome.Claimed, await new LeaseClaims(Table, Clock).TryClaimAsync("p", "released", Lease));
        Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(ClaimOutcome.Done, await _claims.TryClaimAsync("p", "done", Lease));
    }

    [Fact]
    public async Task ClaimWithoutLease_IsHeldUntilReleased()
    {
        await _claims.TryClaimAsync("p", "r", Timeout.InfiniteTimeSpan);
        Clock.Advance(TimeSpan.FromDays(365));

        Assert.Equal(ClaimOutcome.Held, await _claims.TryClaimAsync("p", "r", Timeout.InfiniteTimeSpan));
        await _claims.ReleaseAsync("p", "r");
        Assert.Equal(ClaimOutcome.Claimed, await _claims.TryClaimAsync("p", "r", Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public async Task ConcurrentTakers_OfAnExpiredClaim_OneWins()
    {
        await _claims.TryClaimAsync("p", "r", Lease);
        Clock.Advance(Lease);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new LeaseClaims(Table, Clock).TryClaimAsync("p", "r", Lease)));

        Assert.Single(outcomes, o => o == ClaimOutcome.Claimed);
    }

    [Theory]
    [InlineData("Done", 0, ClaimOutcome.Done)]
    [InlineData("Failed", 0, ClaimOutcome.Claimed)]
    [InlineData("Running", 1, ClaimOutcome.Held)]
    [InlineData("Running", 5, ClaimOutcome.Claimed)]
    public async Task TurnClaimOfAnEarlierVersion_ReadsAsItDid(string state, int minutesAgo, ClaimOutcome expected)
    {
        await Table.AddEntityAsync(new TableEntity("p", state + minutesAgo) { ["State"] = state, ["ClaimedAt"] = Clock.GetUtcNow().AddMinutes(-minutesAgo) });

        Assert.Equal(expected, await _claims.TryClaimAsync("p", state + minutesAgo, TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task BotClaimOfAnEarlierVersion_WithNoStateAtAll_IsHeld()
    {
        await Table.AddEntityAsync(new TableEntity("p", "old") { ["UserId"] = "eva" });

        Assert.Equal(ClaimOutcome.Held, await _claims.TryClaimAsync("p", "old", Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public async Task ClaimWhoseIndexRowFails_IsNotLeftBehind_AndMayBeClaimedAgain()
    {
        await Assert.ThrowsAsync<RequestFailedException>(() => new LeaseClaims(TableFailingIndexRows(), Clock, Retention).TryClaimAsync("p", "r", Lease));

        Assert.Empty(await ClaimRowsAsync());
        Assert.Equal(ClaimOutcome.Claimed, await new LeaseClaims(Table, Clock, Retention).TryClaimAsync("p", "r", Lease));
    }

    [Fact]
    public async Task ClaimTakenOverWhileItsIndexRowFails_IsReleased_WithWhatWasDone()
    {
        var first = new LeaseClaims(Table, Clock, Retention);
        await first.TryClaimAsync("p", "r", Lease);
        await first.RecordProgressAsync("p", "r", 3, Lease);
        Clock.Advance(Lease);

        await Assert.ThrowsAsync<RequestFailedException>(() => new LeaseClaims(TableFailingIndexRows(), Clock, Retention).TryClaimAsync("p", "r", Lease));

        Assert.Equal(ClaimOutcome.Claimed, await new LeaseClaims(Table, Clock, Retention).TryClaimAsync("p", "r", Lease));
        Assert.Equal(3, await first.ProgressAsync("p", "r"));
    }

    /// <summary>The claims' table as seen through a store that refuses every write of the expiry index.</summary>
    private TableClient TableFailingIndexRows()
    {
        var options = new TableClientOptions();
        options.AddPolicy(new FailIndexRows(), HttpPipelinePosition.PerCall);
        return new TableServiceClient(AzuriteServer.Shared.ConnectionString, options).GetTableClient(Table.Name);
    }

    private sealed class FailIndexRows : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.ToString().Contains("~expires-", StringComparison.Ordinal))
            {
                throw new RequestFailedException(503, "The index row was refused.");
            }
        }
    }
}
