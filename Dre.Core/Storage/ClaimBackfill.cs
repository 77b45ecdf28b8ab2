using Azure;
using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>
/// Claims written before claims had an expiry (no <see cref="ClaimExpiry.Column"/>) are in no expiry index: one scan of
/// their table, once, deletes those whose retention has passed since they were claimed and gives the others an expiry
/// and an index row, so that the pruner deletes them in time. Rows that kept no claim time (the bot's claims) are kept
/// a whole retention from the scan. A claim in the table itself marks the scan done, for every instance.
/// </summary>
public sealed class ClaimBackfill(TimeProvider time)
{
    // Sorts after the claims and before the expiry index ("~expires-"), so that neither the scan nor the pruner reads it.
    private const string MarkerPartition = "~backfill";
    private const string MarkerRow = "expiry";

    /// <summary>Time enough to scan a table of a few years of claims; an instance that dies meanwhile leaves it to another.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    /// <summary>The rows deleted or indexed; 0 when the scan was done before; null when it is left for later (another instance holds it, or the table does not exist yet).</summary>
    /// <param name="retention">How long a claim of the table is kept: the longest of its claims' when they differ.</param>
    public async Task<int?> RunOnceAsync(TableClient table, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var marker = new LeaseClaims(table, time);
        try
        {
            switch (await marker.TryClaimAsync(MarkerPartition, MarkerRow, Lease, cancellationToken))
            {
                case ClaimOutcome.Done:
                    return 0;
                case ClaimOutcome.Held:
                    return null;
            }
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode == "TableNotFound")
        {
            return null;
        }

        try
        {
            var count = await ScanAsync(table, retention, cancellationToken);
            await marker.CompleteAsync(MarkerPartition, MarkerRow, cancellationToken);
            return count;
        }
        catch
        {
            await marker.ReleaseAsync(MarkerPartition, MarkerRow, CancellationToken.None);
            throw;
        }
    }

    private async Task<int> ScanAsync(TableClient table, TimeSpan retention, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var count = 0;
        var columns = new[] { "PartitionKey", "RowKey", "ClaimedAt", ClaimExpiry.Column };
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo("~") < 0, select: columns, cancellationToken: cancellationToken))
        {
            if (row.ContainsKey(ClaimExpiry.Column))
            {
                continue;
            }

            var expiresAt = (row.GetDateTimeOffset("ClaimedAt") ?? now) + retention;
            try
            {
                // If-Match on the row as the scan read it: one changed since by this version is left as it is now.
                if (expiresAt <= now)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                }
                else
                {
                    await ClaimExpiry.IndexAsync(table, row, expiresAt, cancellationToken);
                    await table.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { [ClaimExpiry.Column] = expiresAt }, row.ETag, TableUpdateMode.Merge, cancellationToken);
                }

                count++;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Deleted or changed since it was read: taken over (it has an expiry of its own now) or completed by
                // a turn in flight while the scan ran, a few rows at the most, left unindexed.
            }
        }

        return count;
    }
}
