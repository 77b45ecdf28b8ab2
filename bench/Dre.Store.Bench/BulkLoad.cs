using System.Diagnostics;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Storage;

namespace Dre.Store.Bench;

/// <summary>How fast the load went: contacts, the rows written for them, and the time it took.</summary>
internal sealed record LoadReport(int Contacts, int ContactRows, int IndexRows, TimeSpan Elapsed)
{
    public double ContactsPerSecond => Contacts / Elapsed.TotalSeconds;
}

/// <summary>
/// Fills the store with rows in exactly the format the store writes, without the journal and the per-contact round
/// trips of <see cref="ContactService.LogAsync(ContactDraft, Dre.Core.Identity.UserContext, CancellationToken)"/>: one insert per contact (each contact is its own partition, so these
/// cannot be batched), then the index rows in transactions of 100 rows of one partition.
/// <para>
/// Contact rows are optional because Azurite finds an entity by scanning every row with the same RowKey, and every
/// Contacts row has the RowKey "": each insert there costs time in proportion to the contacts already stored, so a
/// 100,000-contact load takes hours on two cores. The status and week reads touch only the index tables, whose keys are
/// all distinct; the contact log write does touch the Contacts table, and says how many rows it held.
/// </para>
/// </summary>
internal static class BulkLoad
{
    private const int MaxBatch = 100;

    public static async Task<LoadReport> WriteAsync(StoreTables tables, IReadOnlyList<Contact> contacts, bool contactRows, int parallelism, CancellationToken cancellationToken = default)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        var start = Stopwatch.GetTimestamp();
        if (contactRows)
        {
            await Parallel.ForEachAsync(contacts, options, async (contact, token) =>
                await tables.Contacts.AddEntityAsync(ContactEntity.From(contact), token));
        }

        var rows = contacts.SelectMany(ContactIndexes.Of).ToList();
        var batches = rows
            .GroupBy(r => (r.Table, r.PartitionKey))
            .SelectMany(g => g.Chunk(MaxBatch).Select(batch => (Table: tables.Table(g.Key.Table), Rows: batch)));
        await Parallel.ForEachAsync(batches, options, async (batch, token) =>
            await batch.Table.SubmitTransactionAsync(
                batch.Rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity())),
                token));

        return new LoadReport(contacts.Count, contactRows ? contacts.Count : 0, rows.Count, Stopwatch.GetElapsedTime(start));
    }
}
