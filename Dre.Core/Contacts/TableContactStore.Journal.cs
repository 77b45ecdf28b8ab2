using Azure;
using Azure.Data.Tables;
using Dre.Core.Audit;
using Dre.Core.FollowUps;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

public sealed partial class TableContactStore
{
    public async Task<int> RepairAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - olderThan;
        var repaired = 0;
        await foreach (var row in _journal.OlderThanAsync(cutoff, cancellationToken))
        {
            var contactId = row.GetString("ContactId");
            logger.LogWarning("Completing the interrupted write of contact {ContactId}", contactId);
            await ProjectAsync(contactId, ContactJournal.StaleKeysOf(row), cancellationToken);
            if (ContactJournal.ChangeOf(row) is { } change && await Happened(row, contactId, cancellationToken))
            {
                // The write happened, and its entry may not have been recorded.
                await RecordAsync(contactId, change, cancellationToken);
            }

            await _journal.ClearAsync(row, cancellationToken);
            repaired++;
        }

        return repaired;
    }

    /// <summary>
    /// A marker was committed with its contact, so its write happened (unless the contact is gone). A row of the
    /// journal table was written before its contact, which is only known to have been written while it is as that write left it.
    /// </summary>
    private async Task<bool> Happened(TableEntity row, string contactId, CancellationToken cancellationToken) =>
        await GetAsync(contactId, cancellationToken) is { } contact && (ContactJournal.IsMarker(row) || contact.ChangeId == row.GetString("ChangeId"));

    /// <summary>
    /// What follows the transaction that stored a contact with its marker: the index rows (with the deletes of the stale
    /// ones), the outbox announcement and the audit entries at once, then the marker cleared in one transaction with a
    /// check that the contact is still ours. Three sequential round trips in all, whatever the partners and follow-ups.
    /// </summary>
    /// <param name="pending">The previous write's entry, when its writer died before recording it.</param>
    /// <returns>The contact's ETag after the write, or the one it was stored with when a newer revision came meanwhile.</returns>
    private async Task<ETag> CompleteAsync(
        Contact contact, ETag stored, JournalMarker marker, List<string> staleKeys, AuditRecord? change, CancellationToken cancellationToken,
        AuditRecord? pending = null, PartnerLists? lists = null)
    {
        await Task.WhenAll(
            WriteIndexesAsync(contact, staleKeys, cancellationToken, lists),
            outbox.AnnounceAsync(contact.Id, contact.Revision, cancellationToken),
            RecordAsync(contact.Id, pending, cancellationToken),
            RecordAsync(contact.Id, change, cancellationToken));
        return await ClearAsync(contact, stored, marker, staleKeys, cancellationToken) ?? stored;
    }

    /// <summary>
    /// Clears the marker if the contact is still the revision projected. A 412 says another writer stored a newer one,
    /// whose index rows ours may have overwritten: that one is projected again (with the rows ours left that it has not)
    /// and the clearing tried again. After five tries, or when the repair took the marker first, the marker is the repair's.
    /// </summary>
    /// <returns>The contact's ETag after the clearing, or null when it had to project a newer revision or left the marker.</returns>
    private async Task<ETag?> ClearAsync(Contact contact, ETag stored, JournalMarker marker, List<string> staleKeys, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                var responses = (await tables.Contacts.SubmitTransactionAsync(ContactJournal.Clear(marker, contact.Id, stored), cancellationToken)).Value;
                return attempt == 0 ? ETagOf(responses[1]) : null;
            }
            catch (TableTransactionFailedException e) when (e.Status == 412)
            {
                if (await GetAsync(contact.Id, cancellationToken) is not { } current)
                {
                    return null;
                }

                staleKeys = [.. staleKeys, .. Left(contact, current)];
                (contact, stored) = (current, ContactEntity.ETagOf(current));
                await Task.WhenAll(WriteIndexesAsync(contact, staleKeys, cancellationToken), outbox.AnnounceAsync(contact.Id, contact.Revision, cancellationToken));
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                // The marker is gone: the SDK's retry of a clearing applied whose answer was lost, or the repair took it.
                // The contact's ETag changed with it, so the answer carries the one read now while it is still ours.
                return attempt == 0 && await GetAsync(contact.Id, cancellationToken) is { } now && now.Revision == contact.Revision ? ContactEntity.ETagOf(now) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes the index rows of the contact as stored now, then announces it while reading it back: the read closes the
    /// race with a concurrent writer whose projection of a newer revision ours could have overwritten, and projects that
    /// one again. For projections without a marker of their own (the repair's, a log found already there, a backfill).
    /// </summary>
    private async Task ProjectAsync(string contactId, IReadOnlyList<string> staleKeys, CancellationToken cancellationToken, bool announce = true)
    {
        var contact = await GetAsync(contactId, cancellationToken);
        var stale = staleKeys.ToList();
        for (var attempt = 0; attempt < 5 && contact is not null; attempt++)
        {
            await WriteIndexesAsync(contact, stale, cancellationToken);
            // Part of the projection, so that the journal's repair announces a write whose writer died as well.
            var announced = announce ? outbox.AnnounceAsync(contact.Id, contact.Revision, cancellationToken) : Task.CompletedTask;
            var readBack = GetAsync(contactId, cancellationToken);
            await Task.WhenAll(announced, readBack);
            if (await readBack is not { } after || after.Revision == contact.Revision)
            {
                return;
            }

            stale = [.. stale, .. Left(contact, after)];
            contact = after;
        }
    }

    /// <summary>
    /// Every partition's batch of the contact's index rows and every stale row's delete, at once; a partner's rows and
    /// deletes (of its contacts, of its follow-ups) in one transaction with the update of its list row (read before, in
    /// <paramref name="lists"/>, or now).
    /// </summary>
    private async Task WriteIndexesAsync(Contact contact, IReadOnlyList<string> staleKeys, CancellationToken cancellationToken, PartnerLists? lists = null)
    {
        var rows = ContactIndexes.Of(contact);
        var current = rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var stale = staleKeys.Where(k => !current.Contains(k)).Distinct(StringComparer.Ordinal).Select(IndexRow.Parse).ToList();
        var summary = rows.Count > 0 ? ContactSummary.Of(contact) : null;
        var listed = Partitions(rows, stale).Select(p => p.Table == ContactIndexes.ByPartner
            ? _timelines.WriteAsync(
                p.Partition, p.Rows, p.Stale,
                (timeline, now) => timeline.With(contact.Id, contact.PartnerIds.Contains(p.Partition) ? summary : null, now),
                lists?.Timelines.GetValueOrDefault(p.Partition), cancellationToken)
            : _followUpLists.WriteAsync(
                p.Partition, p.Rows, p.Stale,
                (list, _) => list.With(contact.Id, p.Rows.Select(PartnerFollowUpRows.EntryOf)),
                lists?.FollowUps.GetValueOrDefault(p.Partition), cancellationToken));
        var upserts = rows.Where(r => !HasList(r.Table, r.PartitionKey)).GroupBy(r => (r.Table, r.PartitionKey)).SelectMany(group => WeekFactsRows.Transactions(
                group.Key.Table, group.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity())))
            .Select(batch => tables.Table(group.Key.Table).SubmitTransactionAsync(batch, cancellationToken)));
        var deletes = stale.Where(k => !HasList(k.Table, k.PartitionKey)).Select(key =>
            WeekFactsRows.DeleteAsync(tables.Table(key.Table), key, cancellationToken));
        await Task.WhenAll([.. listed, .. upserts, .. deletes]);
        changes.Changed(rows.Select(r => r.Key).Concat(staleKeys).Select(IndexRow.Parse).Select(ContactIndexes.WeekTouched).OfType<string>());
    }

    /// <summary>Whether an index partition has a list row its writes keep: a partner's contacts, a partner's follow-ups.</summary>
    private static bool HasList(string table, string partition) =>
        table == ContactIndexes.ByPartner || (table == ContactIndexes.FollowUps && PartnerFollowUpRows.Has(partition));

    /// <summary>The partitions with a list row that rows or stale keys touch, each with its rows and stale row keys.</summary>
    private static IEnumerable<(string Table, string Partition, IReadOnlyList<IndexRow> Rows, IReadOnlyList<string> Stale)> Partitions(
        IReadOnlyList<IndexRow> rows, IReadOnlyList<(string Table, string PartitionKey, string RowKey)> stale) =>
        rows.Select(r => (r.Table, r.PartitionKey)).Concat(stale.Select(k => (k.Table, k.PartitionKey)))
            .Where(p => HasList(p.Table, p.PartitionKey)).Distinct()
            .Select(p => (p.Table, p.PartitionKey,
                (IReadOnlyList<IndexRow>)[.. rows.Where(r => r.Table == p.Table && r.PartitionKey == p.PartitionKey)],
                (IReadOnlyList<string>)[.. stale.Where(k => k.Table == p.Table && k.PartitionKey == p.PartitionKey).Select(k => k.RowKey)]));

    /// <summary>The list rows of the partners a write touches, read alongside its first round trip so that the second can update them.</summary>
    private async Task<PartnerLists> ReadListsAsync(IEnumerable<string> partnerIds, CancellationToken cancellationToken)
    {
        var ids = partnerIds.Distinct(StringComparer.Ordinal).ToList();
        var timelines = Task.WhenAll(ids.Select(id => _timelines.ReadAsync(id, cancellationToken)));
        var followUps = Task.WhenAll(ids.Select(id => _followUpLists.ReadAsync(FollowUpKeys.Partner(id), cancellationToken)));
        await Task.WhenAll(timelines, followUps);
        return new PartnerLists(
            ids.Zip(await timelines).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal),
            ids.Zip(await followUps).ToDictionary(p => FollowUpKeys.Partner(p.First), p => p.Second, StringComparer.Ordinal));
    }

    /// <summary>The list rows read before a write: timelines by partner id, follow-up lists by partition.</summary>
    private sealed record PartnerLists(
        IReadOnlyDictionary<string, PartnerTimelineRows.Read> Timelines, IReadOnlyDictionary<string, PartnerFollowUpRows.Read> FollowUps);

    /// <summary>The index rows of <paramref name="before"/> that <paramref name="after"/> does not have.</summary>
    private static List<string> Left(Contact before, Contact after)
    {
        var keep = ContactIndexes.Of(after).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return ContactIndexes.Of(before).Select(r => r.Key).Where(k => !keep.Contains(k)).ToList();
    }

    private static ETag ETagOf(Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException("Table Storage answered a contact write without an ETag.");
}
