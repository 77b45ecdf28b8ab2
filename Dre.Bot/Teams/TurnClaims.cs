using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Bot.Teams;

/// <summary>
/// Claims on incoming activities, one insert-only row per (conversation, activity) in the Activities table. Teams
/// re-sends an activity whose turn took more than 15 s, possibly to another instance: the row decides which turn runs.
/// </summary>
public sealed class TurnClaims(StoreTables tables, TimeProvider time)
{
    private const string Running = "Running";
    private const string Done = "Done";
    private const string Failed = "Failed";

    /// <summary>A turn still "running" after this long is taken to have died with its process, and may be taken over.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    /// <summary>True when this caller owns the turn; false when another run of the same activity has it or finished it.</summary>
    public async Task<TurnClaim> ClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(TableKeys.Hash(conversationId), TableKeys.Hash(activityId))
        {
            ["ConversationId"] = conversationId,
            ["ActivityId"] = activityId,
            ["State"] = Running,
            ["ClaimedAt"] = time.GetUtcNow(),
        };
        try
        {
            await tables.Activities.AddEntityAsync(entity, cancellationToken);
            return new TurnClaim(true, Running);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await TakeOverAsync(entity, cancellationToken);
        }
    }

    public Task CompleteAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        SetStateAsync(conversationId, activityId, Done, cancellationToken);

    public Task FailAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        SetStateAsync(conversationId, activityId, Failed, cancellationToken);

    private async Task<TurnClaim> TakeOverAsync(TableEntity wanted, CancellationToken cancellationToken)
    {
        var existing = (await tables.Activities.GetEntityAsync<TableEntity>(wanted.PartitionKey, wanted.RowKey, cancellationToken: cancellationToken)).Value;
        var state = existing.GetString("State");
        var claimedAt = existing.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue;
        var stale = state == Running && time.GetUtcNow() - claimedAt > Grace;
        if (state != Failed && !stale)
        {
            return new TurnClaim(false, state ?? Running);
        }

        try
        {
            // If-Match on the row we read: of two retries taking over at once, one wins.
            await tables.Activities.UpdateEntityAsync(wanted, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return new TurnClaim(true, Running);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return new TurnClaim(false, Running);
        }
    }

    private async Task SetStateAsync(string conversationId, string activityId, string state, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKeys.Hash(conversationId), TableKeys.Hash(activityId)) { ["State"] = state };
        await tables.Activities.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }
}

/// <param name="Owned">Whether the caller runs the turn.</param>
/// <param name="State">The claim's state as found: Running, Done or Failed.</param>
public sealed record TurnClaim(bool Owned, string State);
