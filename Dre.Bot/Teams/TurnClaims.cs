using System.Collections.Concurrent;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Bot.Teams;

/// <summary>
/// Claims on incoming activities, one row per (conversation, activity) in the Activities table. Teams re-sends an
/// activity whose turn took more than 15 s, possibly to another instance: the claim decides which turn runs.
/// </summary>
public sealed partial class TurnClaims(StoreTables tables, TimeProvider time, ILogger<TurnClaims> logger) : IAsyncDisposable
{
    /// <summary>A turn still "running" after this long is taken to have died with its process, and may be taken over.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a claim still recognises a re-sent activity. Teams retries an activity for minutes, not days: a day
    /// leaves a wide margin for a late retry while the table holds about one day of activities.
    /// </summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly LeaseClaims _claims = new(tables.Activities, time, Retention);
    private readonly ConcurrentDictionary<Task, bool> _completing = new();

    /// <summary>Whether this caller owns the turn; not when another run of the same activity has it or finished it.</summary>
    public async Task<TurnClaim> ClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var claim = new TableEntity(TableKeys.Hash(conversationId), TableKeys.Hash(activityId))
        {
            ["ConversationId"] = conversationId,
            ["ActivityId"] = activityId,
        };
        return await _claims.TryClaimAsync(claim, Grace, cancellationToken) switch
        {
            ClaimOutcome.Claimed => new TurnClaim(true, "Running"),
            ClaimOutcome.Done => new TurnClaim(false, "Done"),
            _ => new TurnClaim(false, "Running"),
        };
    }

    public Task CompleteAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        _claims.CompleteAsync(TableKeys.Hash(conversationId), TableKeys.Hash(activityId), cancellationToken);

    /// <summary>
    /// Marks a turn done without keeping Teams waiting for the write: until it lands the claim is held, which refuses a
    /// re-sent activity just as done does. A write that fails leaves the claim held until its lease ends, as a failed
    /// write in the turn did. The service waits for the writes under way when it stops (<see cref="DisposeAsync"/>).
    /// </summary>
    public void CompleteInBackground(string conversationId, string activityId)
    {
        var completing = CompleteOrLogAsync(conversationId, activityId);
        _completing.TryAdd(completing, true);
        // Registered after the add: a write already finished is removed at once, never left behind.
        _ = completing.ContinueWith(done => _completing.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_completing.Keys);

    /// <summary>The turn failed: Teams' retry of the activity may run it again.</summary>
    public Task FailAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        _claims.ReleaseAsync(TableKeys.Hash(conversationId), TableKeys.Hash(activityId), cancellationToken);

    private async Task CompleteOrLogAsync(string conversationId, string activityId)
    {
        try
        {
            await CompleteAsync(conversationId, activityId, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogCompleteFailed(logger, e, activityId, conversationId, Grace);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark activity {ActivityId} in {ConversationId} done; its claim stays held for {Grace}")]
    private static partial void LogCompleteFailed(ILogger logger, Exception exception, string activityId, string conversationId, TimeSpan grace);
}

/// <param name="Owned">Whether the caller runs the turn.</param>
/// <param name="State">The turn as found: Running (here or elsewhere) or Done.</param>
public sealed record TurnClaim(bool Owned, string State);
