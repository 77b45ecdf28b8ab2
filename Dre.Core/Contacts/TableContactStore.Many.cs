using Azure;
using Azure.Data.Tables;

namespace Dre.Core.Contacts;

public sealed partial class TableContactStore
{
    /// <summary>
    /// Adds many new contacts (an import's chunk) in the steps of <see cref="TryAddAsync"/>, each step for all of them
    /// at once: each contact with its marker → index rows, outbox rows and audit entries → each marker cleared. The rows
    /// of one partition (the outbox, a partner's or a week's index) go in transactions, which is what makes it faster; a
    /// crash at any point leaves what a crash of single writes leaves, which the repair completes.
    /// </summary>
    public async Task<IReadOnlyList<Contact?>> TryAddManyAsync(IReadOnlyList<Contact> contacts, int parallelism, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.addMany");
        var written = contacts.Select(c => Written(c, c.Revision)).ToList();
        var added = new (Contact Contact, ETag Stored, JournalMarker Marker)?[contacts.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        var timelines = ReadTimelinesAsync(contacts.SelectMany(c => c.PartnerIds), cancellationToken);
        await Parallel.ForEachAsync(Enumerable.Range(0, contacts.Count), options, async (i, token) =>
        {
            var (contact, change) = written[i];
            await keys.MoveIfOldAsync(contact.Id, token);
            var marker = _journal.Marker(contact, [], change);
            try
            {
                var responses = (await tables.Contacts.SubmitTransactionAsync(
                    [new(TableTransactionActionType.Add, ContactEntity.From(contact)), new(TableTransactionActionType.Add, marker)], token)).Value;
                added[i] = (ContactEntity.AsStored(contact), ETagOf(responses[0]), new JournalMarker(marker.RowKey, ETagOf(responses[1])));
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                // There already: the caller merges it as a second log.
            }
        });

        var stored = added.OfType<(Contact Contact, ETag Stored, JournalMarker Marker)>().Select(a => a.Contact).ToList();
        await Task.WhenAll(
            WriteIndexesManyAsync(stored, await timelines, options),
            outbox.AnnounceManyAsync(stored.Select(c => (c.Id, c.Revision)).ToList(), cancellationToken),
            Parallel.ForEachAsync(Enumerable.Range(0, contacts.Count).Where(i => added[i] is not null), options, async (i, token) =>
                await RecordAsync(written[i].Stored.Id, written[i].Change, token)));

        var versions = new ETag?[contacts.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, contacts.Count).Where(i => added[i] is not null), options, async (i, token) =>
        {
            var (contact, etag, marker) = added[i]!.Value;
            versions[i] = await ClearAsync(contact, etag, marker, [], token) ?? etag;
        });

        return written.Select((w, i) => added[i] is null ? null : w.Stored with { Version = versions[i].ToString() }).ToList();
    }

    /// <summary>
    /// The index rows of contacts just added, from the revision written rather than read back, in transactions per table
    /// and partition, a partner's with its timeline's update.
    /// </summary>
    private async Task WriteIndexesManyAsync(IReadOnlyList<Contact> contacts, IReadOnlyDictionary<string, PartnerTimelineRows.Read> timelines, ParallelOptions options)
    {
        var indexed = contacts.Select(c => (Contact: c, Rows: ContactIndexes.Of(c))).ToList();
        var rows = indexed.SelectMany(c => c.Rows).ToList();
        var transactions = rows.Where(r => r.Table != ContactIndexes.ByPartner).GroupBy(r => r.Table, StringComparer.Ordinal)
            .SelectMany(t => WeekFactsRows.Transactions(t.Key, t.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity()))).Select(b => (Table: t.Key, Batch: b)));
        var partners = indexed.SelectMany(c => c.Rows.Where(r => r.Table == ContactIndexes.ByPartner).Select(r => (Row: r, Summary: ContactSummary.Of(c.Contact))))
            .GroupBy(r => r.Row.PartitionKey, StringComparer.Ordinal).ToList();
        await Task.WhenAll(
            Parallel.ForEachAsync(transactions, options, async (t, token) => await tables.Table(t.Table).SubmitTransactionAsync(t.Batch, token)),
            Parallel.ForEachAsync(partners, options, async (partner, token) => await _timelines.WriteAsync(
                partner.Key, [.. partner.Select(p => p.Row)], [], [.. partner.Select(p => (p.Summary.ContactId, (ContactSummary?)p.Summary))], timelines.GetValueOrDefault(partner.Key), token)));
        changes.Changed(rows.Select(r => ContactIndexes.WeekTouched(IndexRow.Parse(r.Key))).OfType<string>());
    }
}
