using Dre.Bot.Teams;
using Dre.Core.Storage;
using Dre.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Tests.Storage;

/// <summary>A turn is marked done after its answer, off the answer's path: a re-sent activity is refused throughout, and the service waits for the write when it stops.</summary>
public sealed class TurnCompletionTests : IAsyncLifetime
{
    private readonly StoreTables _tables = new(Options.Create(new StorageOptions
    {
        ConnectionString = AzuriteServer.Shared.ConnectionString,
        TablePrefix = AzuriteServer.NewPrefix(),
    }));

    public async Task InitializeAsync() => await _tables.CreateIfMissingAsync([StoreTables.ActivitiesTable]);

    public async Task DisposeAsync() => await _tables.Activities.DeleteAsync();

    [Fact]
    public async Task TurnCompletedInTheBackground_IsDoneOnceTheServiceStops()
    {
        var clock = TestClock.Pinned();
        var claims = NewClaims(clock);
        Assert.True((await claims.ClaimAsync("a:chat", "1")).Owned);

        claims.CompleteInBackground("a:chat", "1");
        await claims.DisposeAsync();

        // Past the lease: only a claim marked done still refuses the activity.
        clock.Advance(TurnClaims.Grace + TimeSpan.FromMinutes(1));
        Assert.Equal(new TurnClaim(false, "Done"), await NewClaims(clock).ClaimAsync("a:chat", "1"));
    }

    [Fact]
    public async Task ActivityReSentWhileItsTurnIsBeingMarkedDone_IsRefused()
    {
        var clock = TestClock.Pinned();
        var claims = NewClaims(clock);
        await claims.ClaimAsync("a:chat", "2");

        claims.CompleteInBackground("a:chat", "2");
        var again = await NewClaims(clock).ClaimAsync("a:chat", "2");
        await claims.DisposeAsync();

        Assert.False(again.Owned);
    }

    private TurnClaims NewClaims(TimeProvider clock) => new(_tables, clock, NullLogger<TurnClaims>.Instance);
}
