using System.Globalization;
using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>
/// The expiry index of claims kept for a while: next to each such claim, in its table, a row in the partition of the
/// hour the claim expires in. Table Storage has no time to live, and a query on a time column reads the whole table;
/// the index lets pruning read only the rows it deletes. The claims themselves keep the keys callers find them by:
/// a key with the time in it would part two copies of one activity that arrive on either side of the hour.
/// </summary>
internal static class ClaimExpiry
{
    /// <summary>The claim's own column: written by the service's clock, not the store's, and read again before a delete.</summary>
    public const string Column = "ExpiresAt";

    // '~' sorts after the claims' partitions (hex hashes and plain words), so the whole index is one key range at the end.
    public static string Partition(DateTimeOffset expiresAt) =>
        "~expires-" + expiresAt.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    /// <summary>Index rows of the hours that ended before <paramref name="now"/>'s: every claim they name has expired.</summary>
    public static string EndedBefore(DateTimeOffset now) =>
        TableClient.CreateQueryFilter($"PartitionKey ge {Partition(DateTimeOffset.MinValue)} and PartitionKey lt {Partition(now)}");

    /// <summary>An upsert: a claim tried again within the hour writes the same row.</summary>
    public static async Task IndexAsync(TableClient table, TableEntity claim, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(
            new TableEntity(Partition(expiresAt), TableKeys.Hash($"{claim.PartitionKey}|{claim.RowKey}"))
            {
                ["ClaimPartition"] = claim.PartitionKey,
                ["ClaimRow"] = claim.RowKey,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public static (string PartitionKey, string RowKey) ClaimOf(TableEntity indexRow) =>
        (indexRow.GetString("ClaimPartition"), indexRow.GetString("ClaimRow"));
}
