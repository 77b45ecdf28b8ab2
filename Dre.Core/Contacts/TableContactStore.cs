using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Audit;
using Dre.Core.FollowUps;
using Dre.Core.Notifications;
using Dre.Core.Storage;
using Dre.Core.Telemetry;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>
/// Contacts in Azure Table Storage. Each write goes journal → contact → indexes and outbox → journal cleared, so that a crash at any
/// point leaves either no trace or a journal row that <see cref="RepairAsync"/> completes; see docs/storage.md.
/// </summary>
public sealed partial class TableContactStore(
    StoreTables tables, ContactKeyMigration keys, TableOutbox outbox, AuditTrail audit, ContactWeekChanges changes, TimeProvider time, DreMetrics metrics, ILogger<TableContactStore> logger) : IContactStore
{
    private readonly ContactJournal _journal = new(tables, time);

    public async Task<Contact?> TryAddAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.add");
        var (stored, change) = Written(contact, contact.Revision);
        var journal = await _journal.WriteAsync(stored, [], change, cancellationToken);
        await keys.MoveIfOldAsync(stored.Id, cancellationToken);
        Response response;
        try
        {
            response = await tables.Contacts.AddEntityAsync(ContactEntity.From(stored), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            await _journal.ClearAsync(journal, cancellationToken);
            return null;
        }

        // The audit entry is as derived as the index rows (the journal holds both until cleared): written alongside them.
        await Task.WhenAll(ProjectAsync(stored.Id, [], cancellationToken, written: ContactEntity.AsStored(stored)), RecordAsync(stored.Id, change, cancellationToken));
        await _journal.ClearAsync(journal, cancellationToken);
        return stored with { Version = response.Headers.ETag?.ToString() };
    }

    public async Task<Contact?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.get");
        if (!TableKeys.IsValid(id))
        {
            return null;
        }

        var response = await ReadAsync(id, cancellationToken);
        if (!response.HasValue && await keys.MoveIfOldAsync(id, cancellationToken))
        {
            response = await ReadAsync(id, cancellationToken);
        }

        return response.HasValue ? ContactEntity.To(response.Value!) : null;
    }

    public async Task<Contact> ReplaceAsync(Contact previous, Contact updated, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.replace");
        var (next, change) = Written(updated, previous.Revision + 1);
        // Once this replace succeeds, a change of the previous write that its writer died before recording is only in its journal row.
        await RecordPendingAsync(previous, cancellationToken);
        var stale = StaleKeys(previous, next);
        var journal = await _journal.WriteAsync(next, stale, change, cancellationToken);
        Response response;
        try
        {
            response = await tables.Contacts.UpdateEntityAsync(ContactEntity.From(next), ContactEntity.ETagOf(previous), TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // The 412 may answer the SDK's retry of our own replace, whose first answer was lost: then the stored
            // contact is ours and only our stale keys say which rows it left behind. Projecting with them is right
            // whoever won, so it is done before the journal row that holds them goes.
            await ProjectAsync(next.Id, stale, cancellationToken);
            var current = await GetAsync(previous.Id, cancellationToken) ?? throw new NotFoundException("The contact");
            if (next.ChangeId is not null && current.ChangeId == next.ChangeId)
            {
                await RecordAsync(next.Id, change, cancellationToken);
            }

            await _journal.ClearAsync(journal, cancellationToken);
            throw new VersionConflictException(current, current.Version!);
        }

        await Task.WhenAll(ProjectAsync(next.Id, stale, cancellationToken, written: ContactEntity.AsStored(next)), RecordAsync(next.Id, change, cancellationToken));
        await _journal.ClearAsync(journal, cancellationToken);
        return next with { Version = response.Headers.ETag?.ToString() };
    }

    public async Task ProjectAgainAsync(string id, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.project");
        await ProjectAsync(id, await _journal.PendingStaleKeysAsync(id, cancellationToken), cancellationToken);
    }

    public IAsyncEnumerable<ContactSummary> ListByPartnerAsync(string partnerId, DateTimeOffset from, DateTimeOffset to, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var upper = TableKeys.NewestFirst(from) + "~";
        var lower = TableKeys.NewestFirst(to.AddTicks(-1));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partnerId} and RowKey ge {lower} and RowKey lt {upper}");
        return Summaries(tables.ContactsByPartner, filter, pageSize, cancellationToken);
    }

    public IAsyncEnumerable<ContactSummary> ListByPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        WeekRows(from, to, null, cancellationToken).Select(ContactIndexes.ReadSummary);

    public IAsyncEnumerable<PeriodContact> ListWeekAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        WeekRows(from, to, null, cancellationToken).Select(ContactIndexes.ReadPeriodContact);

    public IAsyncEnumerable<ContactFact> ListWeekFactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        WeekFactsReads.ListAsync(tables.ContactsByWeek, from, to, cancellationToken);

    public async IAsyncEnumerable<OpenFollowUp> ListOpenFollowUpsAsync(string partitionKey, string? rowKeyBelow = null, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = rowKeyBelow is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey lt {rowKeyBelow}");
        await foreach (var entity in tables.FollowUps.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken))
        {
            yield return ContactIndexes.ReadFollowUp(entity);
        }
    }

    public async Task<int> RepairAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - olderThan;
        var repaired = 0;
        await foreach (var row in _journal.OlderThanAsync(cutoff, cancellationToken))
        {
            var contactId = row.GetString("ContactId");
            logger.LogWarning("Completing the interrupted write of contact {ContactId}", contactId);
            await ProjectAsync(contactId, ContactJournal.StaleKeysOf(row), cancellationToken);
            if (ContactJournal.ChangeOf(row) is { } change && (await GetAsync(contactId, cancellationToken))?.ChangeId == row.GetString("ChangeId"))
            {
                // The contact is still as this write left it: the write happened, and its entry may not have been recorded.
                await RecordAsync(contactId, change, cancellationToken);
            }

            await _journal.ClearAsync(new JournalRow(row.RowKey, row.ETag), cancellationToken);
            repaired++;
        }

        return repaired;
    }

    /// <summary>The contact as this write stores it (revision, and the id of the write when it records a change) and its audit entry.</summary>
    private static (Contact Stored, AuditRecord? Change) Written(Contact contact, int revision)
    {
        var change = contact.Change is { } c ? c with { Entry = c.Entry with { Revision = revision } } : null;
        return (contact with { Revision = revision, Change = null, ChangeId = change is null ? null : Guid.NewGuid().ToString("N") }, change);
    }

    private async Task RecordAsync(string contactId, AuditRecord? change, CancellationToken cancellationToken)
    {
        if (change is not null)
        {
            await audit.WriteContactAsync(contactId, change, cancellationToken);
        }
    }

    /// <summary>Records the change of the write that made <paramref name="previous"/> if its journal row is still there (its writer died before the repair).</summary>
    private async Task RecordPendingAsync(Contact previous, CancellationToken cancellationToken) =>
        await RecordAsync(previous.Id, await _journal.PendingChangeAsync(previous, cancellationToken), cancellationToken);

    /// <summary>
    /// Writes the index rows of the contact as stored now, every partition's batch and every stale row's delete at once,
    /// then announces it while reading it back: the read closes the race with a concurrent writer whose projection of a
    /// newer revision ours could have overwritten, and projects that one again.
    /// </summary>
    /// <param name="written">The contact this writer has just stored, projected without reading it first.</param>
    private async Task ProjectAsync(string contactId, IReadOnlyList<string> staleKeys, CancellationToken cancellationToken, bool announce = true, Contact? written = null)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var contact = attempt == 0 && written is not null ? written : await GetAsync(contactId, cancellationToken);
            if (contact is null)
            {
                return;
            }

            var rows = ContactIndexes.Of(contact);
            var current = rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            var upserts = rows.GroupBy(r => (r.Table, r.PartitionKey)).SelectMany(group => WeekFactsRows.Transactions(
                    group.Key.Table, group.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity())))
                .Select(batch => tables.Table(group.Key.Table).SubmitTransactionAsync(batch, cancellationToken)));
            var deletes = staleKeys.Where(k => !current.Contains(k)).Select(IndexRow.Parse).Select(key =>
                WeekFactsRows.DeleteAsync(tables.Table(key.Table), key, cancellationToken));
            await Task.WhenAll([.. upserts, .. deletes]);

            changes.Changed(rows.Select(r => r.Key).Concat(staleKeys).Select(IndexRow.Parse).Select(ContactIndexes.WeekTouched).OfType<string>());

            // Part of the projection, so that the journal's repair announces a write whose writer died as well.
            var announced = announce ? outbox.AnnounceAsync(contact.Id, contact.Revision, cancellationToken) : Task.CompletedTask;
            var readBack = GetAsync(contactId, cancellationToken);
            await Task.WhenAll(announced, readBack);
            if (await readBack is not { } after || after.Revision == contact.Revision)
            {
                return;
            }
        }
    }

    private static List<string> StaleKeys(Contact previous, Contact next)
    {
        var keep = ContactIndexes.Of(next).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return ContactIndexes.Of(previous).Select(r => r.Key).Where(k => !keep.Contains(k)).ToList();
    }

    /// <summary>
    /// Rewrites the index rows of every contact, without announcing them again: for rows written before a column was
    /// added to them. Idempotent, and safe beside live writes, since each contact is projected as <see cref="ProjectAgainAsync"/> does.
    /// </summary>
    internal async Task<int> ProjectEveryContactAsync(CancellationToken cancellationToken)
    {
        var projected = 0;
        await foreach (var row in tables.Contacts.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            var id = ContactKeys.IdOf(row);
            await ProjectAsync(id, await _journal.PendingStaleKeysAsync(id, cancellationToken), cancellationToken, announce: false);
            projected++;
        }

        return projected;
    }

    private Task<NullableResponse<TableEntity>> ReadAsync(string id, CancellationToken cancellationToken) =>
        tables.Contacts.GetEntityIfExistsAsync<TableEntity>(ContactKeys.Partition(id), id, cancellationToken: cancellationToken);

    /// <summary>The week rows with start in [from, to), one partition query per week.</summary>
    private async IAsyncEnumerable<TableEntity> WeekRows(DateTimeOffset from, DateTimeOffset to, IEnumerable<string>? select, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lower = TableKeys.OldestFirst(from);
        var upper = TableKeys.OldestFirst(to);
        foreach (var week in TableKeys.Weeks(from, to))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {week} and RowKey ge {lower} and RowKey lt {upper}");
            await foreach (var entity in tables.ContactsByWeek.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken))
            {
                yield return entity;
            }
        }
    }

    private static async IAsyncEnumerable<ContactSummary> Summaries(TableClient table, string filter, int? pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken))
        {
            yield return ContactIndexes.ReadSummary(entity);
        }
    }
}
