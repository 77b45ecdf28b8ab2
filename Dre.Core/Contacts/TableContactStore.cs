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
public sealed class TableContactStore(StoreTables tables, TableOutbox outbox, AuditTrail audit, TimeProvider time, DreMetrics metrics, ILogger<TableContactStore> logger) : IContactStore
{
    private const string JournalPartition = "contact";

    public async Task<Contact?> TryAddAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.add");
        var (stored, change) = Written(contact, contact.Revision);
        var journal = await WriteJournalAsync(stored, [], change, cancellationToken);
        Response response;
        try
        {
            response = await tables.Contacts.AddEntityAsync(ContactEntity.From(stored), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            await ClearJournalAsync(journal, cancellationToken);
            return null;
        }

        await ProjectAsync(stored.Id, [], cancellationToken);
        await RecordAsync(stored.Id, change, cancellationToken);
        await ClearJournalAsync(journal, cancellationToken);
        return stored with { Version = response.Headers.ETag?.ToString() };
    }

    public async Task<Contact?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.get");
        if (!TableKeys.IsValid(id))
        {
            return null;
        }

        var response = await tables.Contacts.GetEntityIfExistsAsync<TableEntity>(id, "", cancellationToken: cancellationToken);
        return response.HasValue ? ContactEntity.To(response.Value!) : null;
    }

    public async Task<Contact> ReplaceAsync(Contact previous, Contact updated, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.replace");
        var (next, change) = Written(updated, previous.Revision + 1);
        // Once this replace succeeds, a change of the previous write that its writer died before recording is only in its journal row.
        await RecordPendingAsync(previous, cancellationToken);
        var stale = StaleKeys(previous, next);
        var journal = await WriteJournalAsync(next, stale, change, cancellationToken);
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

            await ClearJournalAsync(journal, cancellationToken);
            throw new VersionConflictException(current, current.Version!);
        }

        await ProjectAsync(next.Id, stale, cancellationToken);
        await RecordAsync(next.Id, change, cancellationToken);
        await ClearJournalAsync(journal, cancellationToken);
        return next with { Version = response.Headers.ETag?.ToString() };
    }

    public async Task ProjectAgainAsync(string id, CancellationToken cancellationToken = default)
    {
        using var timer = metrics.TimeStore("contact.project");
        var stale = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {JournalPartition} and RowKey gt {id + "-"} and RowKey lt {id + "."}");
        await foreach (var row in tables.Journal.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            stale.AddRange(StaleKeysOf(row));
        }

        await ProjectAsync(id, stale, cancellationToken);
    }

    public IAsyncEnumerable<ContactSummary> ListByPartnerAsync(string partnerId, DateTimeOffset from, DateTimeOffset to, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var upper = TableKeys.NewestFirst(from) + "~";
        var lower = TableKeys.NewestFirst(to.AddTicks(-1));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partnerId} and RowKey ge {lower} and RowKey lt {upper}");
        return Summaries(tables.ContactsByPartner, filter, pageSize, cancellationToken);
    }

    public async IAsyncEnumerable<ContactSummary> ListByPeriodAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lower = TableKeys.OldestFirst(from);
        var upper = TableKeys.OldestFirst(to);
        foreach (var week in TableKeys.Weeks(from, to))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {week} and RowKey ge {lower} and RowKey lt {upper}");
            await foreach (var summary in Summaries(tables.ContactsByWeek, filter, null, cancellationToken))
            {
                yield return summary;
            }
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string>> ListPartnerIdsByPeriodAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lower = TableKeys.OldestFirst(from);
        var upper = TableKeys.OldestFirst(to);
        foreach (var week in TableKeys.Weeks(from, to))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {week} and RowKey ge {lower} and RowKey lt {upper}");
            await foreach (var entity in tables.ContactsByWeek.QueryAsync<TableEntity>(filter, select: ["Partners"], cancellationToken: cancellationToken))
            {
                yield return entity.GetString("Partners")?.Split(',') ?? [];
            }
        }
    }

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
        // Written at by the service's clock; rows from before that column are judged by the store's timestamp.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {JournalPartition} and (WrittenAt lt {cutoff} or Timestamp lt {cutoff})");
        await foreach (var row in tables.Journal.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var contactId = row.GetString("ContactId");
            logger.LogWarning("Completing the interrupted write of contact {ContactId}", contactId);
            await ProjectAsync(contactId, StaleKeysOf(row), cancellationToken);
            if (ChangeOf(row) is { } change && (await GetAsync(contactId, cancellationToken))?.ChangeId == row.GetString("ChangeId"))
            {
                // The contact is still as this write left it: the write happened, and its entry may not have been recorded.
                await RecordAsync(contactId, change, cancellationToken);
            }

            await ClearJournalAsync(new JournalRow(row.RowKey, row.ETag), cancellationToken);
            repaired++;
        }

        return repaired;
    }

    /// <summary>
    /// One row per write, never shared: every writer of an Outlook item writes the same contact id and revision, and a
    /// row they shared would be overwritten or deleted by a writer that lost the race while the winner still needs it.
    /// It also holds the write's audit entry until the entry is in the audit trail.
    /// </summary>
    private async Task<JournalRow> WriteJournalAsync(Contact contact, IReadOnlyList<string> staleKeys, AuditRecord? change, CancellationToken cancellationToken)
    {
        var row = new TableEntity(JournalPartition, JournalKey(contact.Id, contact.Revision, contact.ChangeId ?? Guid.NewGuid().ToString("N")))
        {
            ["ContactId"] = contact.Id,
            ["WrittenAt"] = time.GetUtcNow(),
            ["ChangeId"] = contact.ChangeId,
        };
        StoreJson.Write(row, "StaleKeys", staleKeys);
        if (change is not null)
        {
            StoreJson.Write(row, "Change", change);
        }

        // An upsert, not an insert: the row key is this write's alone, and the SDK's retry of a write whose answer was
        // lost must not fail the whole contact write on the 409 of its own first try.
        var response = await tables.Journal.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        return new JournalRow(row.RowKey, response.Headers.ETag ?? throw new InvalidOperationException("Table Storage answered an insert without an ETag."));
    }

    private static string JournalKey(string contactId, int revision, string writeId) => $"{contactId}-{revision:D10}-{writeId}";

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
    private async Task RecordPendingAsync(Contact previous, CancellationToken cancellationToken)
    {
        if (previous.ChangeId is not { } writeId)
        {
            return;
        }

        var row = await tables.Journal.GetEntityIfExistsAsync<TableEntity>(JournalPartition, JournalKey(previous.Id, previous.Revision, writeId), cancellationToken: cancellationToken);
        if (row.HasValue && ChangeOf(row.Value!) is { } change)
        {
            await RecordAsync(previous.Id, change, cancellationToken);
        }
    }

    private static AuditRecord? ChangeOf(TableEntity row) => StoreJson.Read<AuditRecord?>(row, "Change", null);

    /// <summary>Deletes the row only as it was written: a row found gone was already completed by the repair.</summary>
    private async Task ClearJournalAsync(JournalRow row, CancellationToken cancellationToken) =>
        await tables.Journal.DeleteEntityAsync(JournalPartition, row.RowKey, row.ETag, cancellationToken);

    private static IReadOnlyList<string> StaleKeysOf(TableEntity row) => StoreJson.Read<IReadOnlyList<string>>(row, "StaleKeys", []);

    /// <summary>
    /// Writes the index rows of the contact as stored now. Reading it back afterwards closes the race with a concurrent
    /// writer whose projection of a newer revision could otherwise be overwritten by ours.
    /// </summary>
    private async Task ProjectAsync(string contactId, IReadOnlyList<string> staleKeys, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var contact = await GetAsync(contactId, cancellationToken);
            if (contact is null)
            {
                return;
            }

            var rows = ContactIndexes.Of(contact);
            foreach (var group in rows.GroupBy(r => (r.Table, r.PartitionKey)))
            {
                foreach (var batch in group.Chunk(100))
                {
                    await tables.Table(group.Key.Table).SubmitTransactionAsync(
                        batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity())),
                        cancellationToken);
                }
            }

            // Part of the projection, so that the journal's repair announces a write whose writer died as well.
            await outbox.AnnounceAsync(contact.Id, contact.Revision, cancellationToken);

            var current = rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var key in staleKeys.Where(k => !current.Contains(k)))
            {
                var (table, partitionKey, rowKey) = IndexRow.Parse(key);
                await tables.Table(table).DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
            }

            var after = await GetAsync(contactId, cancellationToken);
            if (after is null || after.Revision == contact.Revision)
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

    private sealed record JournalRow(string RowKey, ETag ETag);

    private static async IAsyncEnumerable<ContactSummary> Summaries(TableClient table, string filter, int? pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken))
        {
            yield return ContactIndexes.ReadSummary(entity);
        }
    }
}
