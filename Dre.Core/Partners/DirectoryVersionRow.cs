using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Partners;

/// <summary>
/// One row beside the directory's partition whose ETag changes on every directory write, so that an instance learns
/// that its snapshot is out of date from one point read instead of reading the whole partition.
/// </summary>
internal sealed class DirectoryVersionRow(StoreTables tables)
{
    private const string Partition = "version";
    private const string Row = "directory";

    /// <summary>The row's current ETag; null before the first directory write since versions were kept.</summary>
    public async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        var row = await tables.Partners.GetEntityIfExistsAsync<TableEntity>(Partition, Row, select: ["PartitionKey"], cancellationToken);
        return row.HasValue ? row.Value!.ETag.ToString() : null;
    }

    /// <summary>Written after the partner rows it announces: an instance that sees the new ETag reads them too.</summary>
    public Task BumpAsync(CancellationToken cancellationToken) =>
        tables.Partners.UpsertEntityAsync(new TableEntity(Partition, Row), TableUpdateMode.Replace, cancellationToken);
}
