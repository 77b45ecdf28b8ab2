using Azure;
using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>
/// Claims that make one thing happen once across retries, restarts and instances, decided in the table store: an
/// insert-only row per thing. Its holder marks it done (it is never taken again) or releases it (it may be taken again at
/// once). A claim whose holder died is taken over when its lease ends, with an ETag check so that of two takers one wins.
/// Claims made with a retention are deleted by <see cref="ClaimPruner"/> once it has passed; the others are kept.
/// </summary>
/// <param name="retention">How long a claim must still be found after it was made; null: for ever.</param>
public sealed class LeaseClaims(TableClient table, TimeProvider time, TimeSpan? retention = null)
{
    // The words the first claims (of messages to send) wrote: rows of earlier versions, and an instance of the previous
    // version still running during a deployment, read the rows of this one as they read their own.
    private const string Holding = "sending", Done = "sent", Released = "failed";
    private const string Progress = "Progress";

    private readonly string _owner = Guid.NewGuid().ToString("N")[..12];

    public Task<ClaimOutcome> TryClaimAsync(string partitionKey, string rowKey, TimeSpan lease, CancellationToken cancellationToken = default) =>
        TryClaimAsync(new TableEntity(partitionKey, rowKey), lease, cancellationToken);

    /// <param name="claim">The claim's row, with columns of the caller's own if it wants them kept with the claim.</param>
    /// <param name="lease">How long the holder has before the claim may be taken over; <see cref="Timeout.InfiniteTimeSpan"/>: until released.</param>
    public async Task<ClaimOutcome> TryClaimAsync(TableEntity claim, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        claim["State"] = Holding;
        claim["Owner"] = _owner;
        claim["ClaimedAt"] = now;
        if (lease != Timeout.InfiniteTimeSpan)
        {
            claim["LeaseUntil"] = now + lease;
        }

        var indexing = Task.CompletedTask;
        if (retention is { } keep)
        {
            claim[ClaimExpiry.Column] = now + keep;
            indexing = ClaimExpiry.IndexAsync(table, claim, now + keep, cancellationToken);
        }

        // The index row and the claim side by side: one round trip's wait, not two. A claim pruning cannot find must not
        // stay, so a claim made while its index row failed is given back before the failure goes to the caller.
        var claiming = ClaimRowAsync(claim, lease, now, cancellationToken);
        try
        {
            await Task.WhenAll(indexing, claiming);
        }
        catch when (claiming.IsCompletedSuccessfully && claiming.Result.Outcome == ClaimOutcome.Claimed)
        {
            await GiveBackAsync(claim, claiming.Result.Inserted);
            throw;
        }
        catch when (claiming.IsCompletedSuccessfully)
        {
            // Held or done by another, whose own claim wrote its index row: this call left nothing unindexed.
        }

        return claiming.Result.Outcome;
    }

    private async Task<(ClaimOutcome Outcome, bool Inserted)> ClaimRowAsync(TableEntity claim, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await table.AddEntityAsync(claim, cancellationToken);
                return (ClaimOutcome.Claimed, true);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: cancellationToken);
                if (existing.HasValue)
                {
                    return (await TakeOverAsync(claim, existing.Value!, lease, now, cancellationToken), false);
                }

                // Deleted between the insert and the read (pruned, or released by an earlier version): insert again.
            }
        }
    }

    /// <summary>
    /// A row this call inserted goes again, as if never claimed; one taken over is released, keeping what its last
    /// holders got done. Not the caller's token: the claim must not stay held because the caller gave up.
    /// </summary>
    private Task GiveBackAsync(TableEntity claim, bool inserted) => inserted
        ? table.DeleteEntityAsync(claim.PartitionKey, claim.RowKey, ETag.All, CancellationToken.None)
        : ReleaseAsync(claim.PartitionKey, claim.RowKey, CancellationToken.None);

    /// <summary>How far a holder of this claim got (0 when none said), for a holder that takes over to go on from there.</summary>
    public async Task<int> ProgressAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select: [Progress], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetInt32(Progress) ?? 0 : 0;
    }

    /// <summary>Records how far the holder got, and renews its lease: each step done gives it the lease again for the next.</summary>
    public Task RecordProgressAsync(string partitionKey, string rowKey, int progress, TimeSpan lease, CancellationToken cancellationToken = default) =>
        MergeAsync(new TableEntity(partitionKey, rowKey) { [Progress] = progress, ["LeaseUntil"] = time.GetUtcNow() + lease }, cancellationToken);

    /// <summary>
    /// Marks done what was done, trying again over a short store outage; false if the store stayed away. The claim is
    /// then left held, never released: whoever takes it over after its lease finds the progress recorded.
    /// </summary>
    public async Task<bool> TryCompleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CompleteAsync(partitionKey, rowKey, cancellationToken);
                return true;
            }
            catch (RequestFailedException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
            }
            catch (RequestFailedException)
            {
                return false;
            }
        }
    }

    /// <summary>The thing was done: the claim is never taken again.</summary>
    public Task CompleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        MergeAsync(new TableEntity(partitionKey, rowKey) { ["State"] = Done, ["DoneAt"] = time.GetUtcNow() }, cancellationToken);

    /// <summary>The thing failed: the claim may be taken again at once.</summary>
    public Task ReleaseAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        MergeAsync(new TableEntity(partitionKey, rowKey) { ["State"] = Released, ["LeaseUntil"] = time.GetUtcNow() }, cancellationToken);

    private async Task<ClaimOutcome> TakeOverAsync(TableEntity claim, TableEntity existing, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = existing.GetString("State");
        // "Done" and "Failed" are the words of the turn claims before they were lease claims.
        if (state is Done or "Done")
        {
            return ClaimOutcome.Done;
        }

        if (state is not (Released or "Failed") && !(LeaseEnd(existing, lease) <= now))
        {
            return ClaimOutcome.Held;
        }

        try
        {
            // If-Match on the row just read: of two takers at once, one wins. What the last holder got done stays.
            if (existing.GetInt32(Progress) is { } progress)
            {
                claim[Progress] = progress;
            }

            await table.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return ClaimOutcome.Claimed;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return ClaimOutcome.Held;
        }
    }

    /// <summary>
    /// When the holder's lease ends; null: never. Rows of earlier versions may have no end written: turn claims kept
    /// only their time (their lease runs from it), and the bot's claims nothing (they were held until released).
    /// </summary>
    private static DateTimeOffset? LeaseEnd(TableEntity existing, TimeSpan lease) =>
        existing.GetDateTimeOffset("LeaseUntil")
        ?? (lease == Timeout.InfiniteTimeSpan ? null : existing.GetDateTimeOffset("ClaimedAt") + lease);

    private async Task MergeAsync(TableEntity change, CancellationToken cancellationToken) =>
        await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken);
}
