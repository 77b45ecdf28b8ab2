using Azure.Data.Tables;
using Dre.Core.Audit;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// The <c>Journal</c> table's <c>contact</c> partition, where writes kept their journal rows before the markers moved
/// into the contacts' shards. Nothing writes there any more; the rows a store still holds (a writer that died before
/// the upgrade, or an instance of the previous version during a rolling deployment) are read and completed as before,
/// until a pass of the repair finds the partition empty and the reads stop.
/// </summary>
internal sealed class LegacyContactJournal(StoreTables tables)
{
    public const string Partition = "contact";

    private volatile bool _empty;

    public async Task<List<string>> PendingStaleKeysAsync(string contactId, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        if (_empty)
        {
            return stale;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {contactId + "-"} and RowKey lt {contactId + "."}");
        await foreach (var row in tables.Journal.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            stale.AddRange(ContactJournal.StaleKeysOf(row));
        }

        return stale;
    }

    /// <summary>Rows older than the cut-off; a pass that finds no row at all, however recent, ends the reads of this partition.</summary>
    public async IAsyncEnumerable<TableEntity> OlderThanAsync(DateTimeOffset cutoff, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var any = false;
        await foreach (var row in tables.Journal.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            any = true;
            // Written at by the service's clock; rows from before that column are judged by the store's timestamp.
            if (row.GetDateTimeOffset("WrittenAt") < cutoff || row.Timestamp < cutoff)
            {
                yield return row;
            }
        }

        _empty = !any;
    }

    public async Task<AuditRecord?> PendingChangeAsync(Contact previous, string writeId, CancellationToken cancellationToken)
    {
        if (_empty)
        {
            return null;
        }

        var row = await tables.Journal.GetEntityIfExistsAsync<TableEntity>(Partition, $"{previous.Id}-{previous.Revision:D10}-{writeId}", cancellationToken: cancellationToken);
        return row.HasValue ? ContactJournal.ChangeOf(row.Value!) : null;
    }

    public async Task ClearAsync(TableEntity row, CancellationToken cancellationToken) =>
        await tables.Journal.DeleteEntityAsync(Partition, row.RowKey, row.ETag, cancellationToken);
}
