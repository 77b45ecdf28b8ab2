using Azure;
using Azure.Data.Tables;
using Dre.Core.FollowUps;

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
        var lists = ReadListsAsync(contacts.SelectMany(c => c.PartnerIds), cancellationToken);
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
            WriteIndexesManyAsync(stored, await lists, options),
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
    /// and partition, a partner's with the update of its list row.
    /// </summary>
    private async Task WriteIndexesManyAsync(IReadOnlyList<Contact> contacts, PartnerLists lists, ParallelOptions options)
    {
        var indexed = contacts.Select(c => (Contact: c, Rows: ContactIndexes.Of(c))).ToList();
        var rows = indexed.SelectMany(c => c.Rows).ToList();
        var transactions = rows.Where(r => !HasList(r.Table, r.PartitionKey)).GroupBy(r => r.Table, StringComparer.Ordinal)
            .SelectMany(t => WeekFactsRows.Transactions(t.Key, t.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity()))).Select(b => (Table: t.Key, Batch: b)));
        var summaries = contacts.ToDictionary(c => c.Id, ContactSummary.Of, StringComparer.Ordinal);
        var listed = indexed.SelectMany(c => c.Rows.Where(r => HasList(r.Table, r.PartitionKey)).Select(r => (Row: r, c.Contact.Id)))
            .GroupBy(r => (r.Row.Table, r.Row.PartitionKey)).ToList();
        await Task.WhenAll(
            Parallel.ForEachAsync(transactions, options, async (t, token) => await tables.Table(t.Table).SubmitTransactionAsync(t.Batch, token)),
            Parallel.ForEachAsync(listed, options, async (partition, token) =>
            {
                var (table, key) = partition.Key;
                IReadOnlyList<IndexRow> partitionRows = [.. partition.Select(p => p.Row)];
                if (table == ContactIndexes.ByPartner)
                {
                    await _timelines.WriteAsync(key, partitionRows, [], (timeline, now) => partition.Aggregate<(IndexRow Row, string Id), PartnerTimeline?>(
                        timeline, (next, p) => next?.With(p.Id, summaries[p.Id], now)), lists.Timelines.GetValueOrDefault(key), token);
                }
                else
                {
                    await _followUpLists.WriteAsync(key, partitionRows, [], (list, _) => partition.GroupBy(p => p.Id).Aggregate<IGrouping<string, (IndexRow Row, string Id)>, PartnerFollowUps?>(
                        list, (next, contact) => next?.With(contact.Key, contact.Select(p => PartnerFollowUpRows.EntryOf(p.Row)))), lists.FollowUps.GetValueOrDefault(key), token);
                }
            }));
        changes.Changed(rows.Select(r => ContactIndexes.WeekTouched(IndexRow.Parse(r.Key))).OfType<string>());
    }
}
