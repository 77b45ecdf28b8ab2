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
/// Contacts in Azure Table Storage. Each write commits the contact with its journal marker, writes the indexes, outbox
/// and audit entry, then clears the marker, so that a crash at any point leaves either no trace or a marker that
/// <see cref="RepairAsync"/> completes; see docs/storage.md.
/// </summary>
public sealed partial class TableContactStore(
    StoreTables tables, ContactKeyMigration keys, TableOutbox outbox, AuditTrail audit, ContactWeekChanges changes, TimeProvider time, DreMetrics metrics, ILogger<TableContactStore> logger) : IContactStore
{
    private readonly ContactJournal _journal = new(tables, time);
    private readonly PartnerTimelineRows _timelines = new(tables, time);
    private readonly PartnerFollowUpRows _followUpLists = new(tables, time);

    public async Task<Contact?> TryAddAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.add");
        var (stored, change) = Written(contact, contact.Revision);
        await keys.MoveIfOldAsync(stored.Id, cancellationToken);
        var marker = _journal.Marker(stored, [], change);
        var lists = ReadListsAsync(stored.PartnerIds, cancellationToken);
        IReadOnlyList<Response> responses;
        try
        {
            responses = (await tables.Contacts.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, ContactEntity.From(stored)), new(TableTransactionActionType.Add, marker)], cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // The same meeting or e-mail was logged first (or this is the SDK's retry of our own insert): nothing was written.
            await lists;
            return null;
        }

        var version = await CompleteAsync(ContactEntity.AsStored(stored), ETagOf(responses[0]), new JournalMarker(marker.RowKey, ETagOf(responses[1])), [], change, cancellationToken, lists: await lists);
        return stored with { Version = version.ToString() };
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
        var stale = Left(previous, next);
        var marker = _journal.Marker(next, stale, change);
        // Once this replace succeeds, a change of the previous write that its writer died before recording is only in
        // its marker, where the repair finds it within a minute: read alongside, it is recorded with ours at once.
        var pending = _journal.PendingChangeAsync(previous, cancellationToken);
        var lists = ReadListsAsync(previous.PartnerIds.Concat(next.PartnerIds), cancellationToken);
        IReadOnlyList<Response> responses;
        try
        {
            responses = (await tables.Contacts.SubmitTransactionAsync(
                [new(TableTransactionActionType.UpdateReplace, ContactEntity.From(next), ContactEntity.ETagOf(previous)), new(TableTransactionActionType.Add, marker)], cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404 or 409)
        {
            await Task.WhenAll(pending, lists);
            return await AfterRefusedReplaceAsync(previous, next, marker, stale, change, cancellationToken);
        }

        var version = await CompleteAsync(ContactEntity.AsStored(next), ETagOf(responses[0]), new JournalMarker(marker.RowKey, ETagOf(responses[1])), stale, change, cancellationToken, await pending, await lists);
        return next with { Version = version.ToString() };
    }

    /// <summary>
    /// A refused replace wrote nothing, unless it answers the SDK's retry of our own transaction whose first answer was
    /// lost: then our marker is there, the stored contact is ours (or newer), and the write goes on from it.
    /// </summary>
    private async Task<Contact> AfterRefusedReplaceAsync(Contact previous, Contact next, TableEntity marker, List<string> stale, AuditRecord? change, CancellationToken cancellationToken)
    {
        var currentRead = ReadAsync(previous.Id, cancellationToken);
        var markerRead = _journal.FindAsync(marker, cancellationToken);
        await Task.WhenAll(currentRead, markerRead);
        if (!(await currentRead).HasValue)
        {
            throw new NotFoundException("The contact");
        }

        var stored = ContactEntity.To((await currentRead).Value!);
        if (await markerRead is not { } found)
        {
            throw new VersionConflictException(stored, stored.Version!);
        }

        var version = await CompleteAsync(stored, ContactEntity.ETagOf(stored), found, [.. stale, .. Left(next, stored)], change, cancellationToken);
        return stored.ChangeId == next.ChangeId ? stored with { Version = version.ToString() } : throw new VersionConflictException(stored, stored.Version!);
    }

    public async Task ProjectAgainAsync(string id, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.project");
        await ProjectAsync(id, await _journal.PendingStaleKeysAsync(id, cancellationToken), cancellationToken);
    }

    public IAsyncEnumerable<ContactSummary> ListByPartnerAsync(string partnerId, DateTimeOffset from, DateTimeOffset to, int? pageSize = null, CancellationToken cancellationToken = default) =>
        Summaries(tables.ContactsByPartner, ContactIndexes.PartnerRange(partnerId, from, to), pageSize, cancellationToken);

    public async Task<PartnerTimeline> GetTimelineAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("partner.timeline");
        return await _timelines.GetAsync(partnerId, cancellationToken);
    }

    public async Task<PartnerFollowUps> GetPartnerFollowUpsAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("partner.followUps");
        return await _followUpLists.GetAsync(FollowUpKeys.Partner(partnerId), cancellationToken);
    }

    public IAsyncEnumerable<ContactSummary> ListByPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        WeekRows(from, to, null, cancellationToken).Select(ContactIndexes.ReadSummary);

    public IAsyncEnumerable<PeriodContact> ListWeekAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        WeekRows(from, to, null, cancellationToken).Select(ContactIndexes.ReadPeriodContact);

    public IAsyncEnumerable<ContactFact> ListWeekFactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        WeekFactsReads.ListAsync(tables.ContactsByWeek, from, to, cancellationToken);

    public async IAsyncEnumerable<OpenFollowUp> ListOpenFollowUpsAsync(string partitionKey, string? rowKeyBelow = null, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Below a partner partition's list row, which sorts after every follow-up's key.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey lt {rowKeyBelow ?? PartnerFollowUpRows.RowKey}");
        await foreach (var entity in tables.FollowUps.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken))
        {
            yield return ContactIndexes.ReadFollowUp(entity);
        }
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

    /// <summary>
    /// Rewrites the index rows of every contact, without announcing them again: for rows written before a column was
    /// added to them. Idempotent, and safe beside live writes, since each contact is projected as <see cref="ProjectAgainAsync"/> does.
    /// </summary>
    internal async Task<int> ProjectEveryContactAsync(CancellationToken cancellationToken)
    {
        var projected = 0;
        // Below the journal's markers, which sort after every contact id.
        var contacts = TableClient.CreateQueryFilter($"RowKey lt {ContactJournal.Prefix}");
        await foreach (var row in tables.Contacts.QueryAsync<TableEntity>(contacts, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
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
