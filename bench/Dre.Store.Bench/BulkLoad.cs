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
/// trips of <see cref="ContactService.LogAsync(ContactDraft, Dre.Core.Identity.UserContext, CancellationToken)"/>: the
/// Contacts rows and the index rows in transactions of 100 rows of one partition (a Contacts shard, a partner, a week).
/// </summary>
internal static class BulkLoad
{
    private const int MaxBatch = 100;

    public static async Task<LoadReport> WriteAsync(StoreTables tables, IReadOnlyList<Contact> contacts, int parallelism, CancellationToken cancellationToken = default)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        var start = Stopwatch.GetTimestamp();
        var contactRows = contacts.Select(c => (Table: tables.Contacts, Entity: ContactEntity.From(c)));
        var rows = contacts.SelectMany(ContactIndexes.Of).ToList();
        var batches = contactRows
            .Concat(rows.Select(r => (Table: tables.Table(r.Table), Entity: r.ToEntity())))
            .GroupBy(r => (r.Table.Name, r.Entity.PartitionKey))
            .SelectMany(g => g.Chunk(MaxBatch));
        await Parallel.ForEachAsync(batches, options, async (batch, token) =>
            await batch[0].Table.SubmitTransactionAsync(
                batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.Entity)),
                token));

        return new LoadReport(contacts.Count, contacts.Count, rows.Count, Stopwatch.GetElapsedTime(start));
    }
}
