using Dre.Core.Visibility;
using System.Globalization;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Storage;

namespace Dre.Core.Audit;

/// <summary>
/// The audit trail: one partition per contact (<c>contact-{id}</c>) or partner (<c>partner-{id}</c>), oldest first.
/// A contact's entries are keyed by revision, so that writing one again (the projection, the repair, the next writer)
/// is harmless; see docs/storage.md.
/// </summary>
/// <remarks>
/// A contact entry's key also carries a hash of the contact's id, so that no two rows of the table share a RowKey: the
/// emulator finds a row through its RowKey first, and every contact's first entry was <c>r0000000001</c>. Entries
/// written before have the revision alone; both sort by revision, and a revision found under both keys is read once.
/// </remarks>
public sealed class AuditTrail(StoreTables tables)
{
    public const string TableName = "Audit";

    // Sorts after every subject's partition (`contact-`, `partner-`), like the claims' expiry index.
    private const string DeletedPartition = "~deleted";

    private TableClient Table { get; } = tables.Table(TableName);

    public static string ContactSubject(string contactId) => "contact-" + contactId;

    public static string PartnerSubject(string partnerId) => "partner-" + partnerId;

    /// <summary>Which portfolio goes to which channel: one history for the whole service.</summary>
    public const string RoutesSubject = "routes";

    /// <summary>Digest subscriptions, of everyone: read by the lead only (no endpoint shows it yet).</summary>
    public const string SubscriptionsSubject = "subscriptions";

    public Task WriteContactAsync(string contactId, AuditRecord record, CancellationToken cancellationToken = default) =>
        WriteAsync(ContactSubject(contactId), RevisionKey(contactId, record.Entry.Revision!.Value), record, cancellationToken);

    private static string RevisionKey(string contactId, int revision) => OldRevisionKey(revision) + "-" + TableKeys.Hash(contactId)[..8];

    /// <summary>The key of a contact's entry written before the keys carried the contact: the revision alone.</summary>
    private static string OldRevisionKey(int revision) => "r" + revision.ToString("D10", CultureInfo.InvariantCulture);

    public Task WritePartnerAsync(string partnerId, AuditEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(PartnerSubject(partnerId), entry, cancellationToken);

    /// <summary>
    /// An entry of a subject without revisions (a partner, <see cref="RoutesSubject"/>, <see cref="SubscriptionsSubject"/>):
    /// the instant orders them, and a GUID keeps two in one tick apart.
    /// </summary>
    public Task WriteAsync(string subject, AuditEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(subject, $"{TableKeys.OldestFirst(entry.At)}-{Guid.NewGuid():N}", new AuditRecord(entry, false, []), cancellationToken);

    /// <summary>
    /// Names a deletion for the purge, before the deletion is written: a deletion that then fails leaves a row the purge
    /// finds without a deletion entry, and drops. Keyed by the instant, so the purge reads the due ones by one key range.
    /// </summary>
    public async Task MarkDeletedAsync(string contactId, int revision, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await Table.UpsertEntityAsync(
            new TableEntity(DeletedPartition, $"{TableKeys.OldestFirst(at)}-{contactId}") { ["ContactId"] = contactId, ["Revision"] = revision },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>Strips the values from every entry, up to its deletion, of each contact deleted before <paramref name="cutoff"/>.</summary>
    public async Task<int> PurgeDeletedAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var purged = 0;
        var due = TableClient.CreateQueryFilter($"PartitionKey eq {DeletedPartition} and RowKey lt {TableKeys.OldestFirst(cutoff)}");
        await foreach (var mark in Table.QueryAsync<TableEntity>(due, cancellationToken: cancellationToken))
        {
            var contactId = mark.GetString("ContactId");
            var subject = ContactSubject(contactId);
            var revision = mark.GetInt32("Revision") ?? 0;
            var entry = await Table.GetEntityIfExistsAsync<TableEntity>(subject, RevisionKey(contactId, revision), cancellationToken: cancellationToken);
            if (!entry.HasValue)
            {
                entry = await Table.GetEntityIfExistsAsync<TableEntity>(subject, OldRevisionKey(revision), cancellationToken: cancellationToken);
            }

            if (entry.HasValue && StoreJson.Read<AuditRecord?>(entry.Value!, "Record", null)?.Entry.Action == AuditAction.Deleted)
            {
                // Both keys of the deletion's revision sort before "~", and every earlier revision's before them.
                var upTo = TableClient.CreateQueryFilter($"PartitionKey eq {subject} and RowKey lt {OldRevisionKey(revision) + "~"}");
                await foreach (var row in Table.QueryAsync<TableEntity>(upTo, cancellationToken: cancellationToken))
                {
                    if (StoreJson.Read<AuditRecord?>(row, "Record", null) is { } record)
                    {
                        await WriteAsync(subject, row.RowKey, record with { Entry = Stripped(record.Entry) with { Purged = true } }, cancellationToken);
                    }
                }

                purged++;
            }

            await Table.DeleteEntityAsync(mark.PartitionKey, mark.RowKey, mark.ETag, cancellationToken);
        }

        return purged;
    }

    /// <summary>The subject's entries, oldest first, each as <paramref name="reader"/> may see it.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, UserContext reader, CancellationToken cancellationToken = default)
    {
        var entries = new List<AuditEntry>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {subject}"), cancellationToken: cancellationToken))
        {
            var record = StoreJson.Read<AuditRecord?>(row, "Record", null);
            if (record is null)
            {
                continue;
            }

            if (record.Entry.Revision is { } revision && entries.Count > 0 && entries[^1].Revision == revision)
            {
                // The same revision under its old key and its current one (a write repaired after an upgrade): one entry.
                entries.RemoveAt(entries.Count - 1);
            }

            entries.Add(VisibleTo(reader, record));
        }

        return entries;
    }

    private static AuditEntry VisibleTo(UserContext reader, AuditRecord record) =>
        VisibilityPolicy.MaySee(reader, record.Restricted ? Confidentiality.Restricted : Confidentiality.Internal, record.Audience)
            ? record.Entry
            : Stripped(record.Entry) with { Hidden = true };

    private static AuditEntry Stripped(AuditEntry entry) => entry with { Changes = entry.Changes.Select(c => new FieldChange(c.Field, null, null)).ToList() };

    private async Task WriteAsync(string subject, string rowKey, AuditRecord record, CancellationToken cancellationToken)
    {
        var row = new TableEntity(subject, rowKey) { ["At"] = record.Entry.At };
        StoreJson.Write(row, "Record", record);
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
