using Azure;
using Azure.Data.Tables;

namespace Dre.Core.Contacts;

public sealed partial class TableContactStore
{
    /// <summary>
    /// Adds many new contacts (an import's chunk) in the order of <see cref="TryAddAsync"/>, each stage for all of them
    /// at once: journal rows → contacts → index rows and outbox → audit entries → journal rows cleared. The rows of one
    /// partition (the journal, the outbox, a partner's or a week's index) go in transactions, which is what makes it
    /// faster; a crash at any point leaves what a crash of single writes leaves, which the repair completes.
    /// </summary>
    public async Task<IReadOnlyList<Contact?>> TryAddManyAsync(IReadOnlyList<Contact> contacts, int parallelism, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.addMany");
        var written = contacts.Select(c => Written(c, c.Revision)).ToList();
        var journal = await _journal.WriteManyAsync(written, cancellationToken);
        var added = new Contact?[contacts.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, contacts.Count), options, async (i, token) =>
        {
            try
            {
                await keys.MoveIfOldAsync(written[i].Stored.Id, token);
                var response = await tables.Contacts.AddEntityAsync(ContactEntity.From(written[i].Stored), token);
                added[i] = written[i].Stored with { Version = response.Headers.ETag?.ToString() };
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // There already: the caller merges it as a second log.
            }
        });

        var stored = added.OfType<Contact>().ToList();
        await ProjectManyAsync(stored, options);
        await Parallel.ForEachAsync(Enumerable.Range(0, contacts.Count).Where(i => added[i] is not null), options, async (i, token) =>
            await RecordAsync(added[i]!.Id, written[i].Change, token));
        await _journal.ClearManyAsync(journal, cancellationToken);
        return added;
    }

    /// <summary>
    /// Writes the index rows and outbox rows of contacts just added, as <see cref="ProjectAsync"/> does for one: from the
    /// revision written rather than read back, then read back to close the race with a writer that changed one meanwhile,
    /// whose newer rows ours may have overwritten; such a contact is projected again as stored now.
    /// </summary>
    private async Task ProjectManyAsync(IReadOnlyList<Contact> contacts, ParallelOptions options)
    {
        var rows = contacts.Select(ContactEntity.AsStored).SelectMany(ContactIndexes.Of).ToList();
        var transactions = rows.GroupBy(r => r.Table, StringComparer.Ordinal)
            .SelectMany(t => WeekFactsRows.Transactions(t.Key, t.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity()))).Select(b => (Table: t.Key, Batch: b)));
        await Parallel.ForEachAsync(transactions, options, async (t, token) => await tables.Table(t.Table).SubmitTransactionAsync(t.Batch, token));
        await outbox.AnnounceManyAsync(contacts.Select(c => (c.Id, c.Revision)).ToList(), options.CancellationToken);
        changes.Changed(rows.Select(r => ContactIndexes.WeekTouched(IndexRow.Parse(r.Key))).OfType<string>());
        await Parallel.ForEachAsync(contacts, options, async (contact, token) =>
        {
            if (await GetAsync(contact.Id, token) is { } after && after.Revision != contact.Revision)
            {
                await ProjectAsync(contact.Id, [], token);
            }
        });
    }
}
