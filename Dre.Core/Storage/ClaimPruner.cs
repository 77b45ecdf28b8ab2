using Azure;
using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>
/// Deletes the claims of a table whose retention has passed (<see cref="LeaseClaims"/> made with one), found through
/// their expiry index (<see cref="ClaimExpiry"/>): a run reads the index rows of the hours that have ended, each claim
/// they name once, and deletes what expired. Safe on several instances at once: a delete of what another instance
/// deleted is a no-op.
/// </summary>
public sealed class ClaimPruner(TimeProvider time)
{
    /// <summary>Index rows one transaction deletes (Table Storage's limit), and claims a page reads.</summary>
    private const int PageSize = 100;

    /// <summary>Index rows one run goes through at the most, so that a backlog is worked off over runs, not in one long one.</summary>
    public const int MaxPerRun = 2_000;

    /// <summary>The number of claims deleted.</summary>
    public async Task<int> PruneAsync(TableClient table, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var pruned = 0;
        var read = 0;
        try
        {
            await foreach (var page in table.QueryAsync<TableEntity>(ClaimExpiry.EndedBefore(now), PageSize, cancellationToken: cancellationToken).AsPages())
            {
                foreach (var indexRow in page.Values)
                {
                    var (partitionKey, rowKey) = ClaimExpiry.ClaimOf(indexRow);
                    pruned += await DeleteIfExpiredAsync(table, partitionKey, rowKey, now, cancellationToken) ? 1 : 0;
                }

                // The claims first: an index row deleted before its claim would leave the claim where no run finds it.
                await DeleteAllAsync(table, page.Values, cancellationToken);
                read += page.Values.Count;
                if (read >= MaxPerRun)
                {
                    break;
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode == "TableNotFound")
        {
            // A table created on first use (the bot's claims) that no one has used yet.
        }

        return pruned;
    }

    private static async Task<bool> DeleteIfExpiredAsync(TableClient table, string partitionKey, string rowKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read again: the claim may have been made anew since this index row was written (a released form submitted
        // again, a dead turn taken over), and then it is younger than the index row says.
        var claim = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, [ClaimExpiry.Column], cancellationToken);
        if (!claim.HasValue || !(claim.Value!.GetDateTimeOffset(ClaimExpiry.Column) <= now))
        {
            return false;
        }

        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, claim.Value.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    private static async Task DeleteAllAsync(TableClient table, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            try
            {
                await table.SubmitTransactionAsync(partition.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException)
            {
                // Another instance pruning too deleted some of them, which fails the whole transaction: one by one,
                // a delete of a missing row succeeds.
                foreach (var row in partition)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }
            }
        }
    }
}
