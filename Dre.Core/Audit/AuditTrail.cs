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
public sealed class AuditTrail(StoreTables tables)
{
    public const string TableName = "Audit";

    private TableClient Table => tables.Table(TableName);

    public static string ContactSubject(string contactId) => "contact-" + contactId;

    public static string PartnerSubject(string partnerId) => "partner-" + partnerId;

    public Task WriteContactAsync(string contactId, AuditRecord record, CancellationToken cancellationToken = default) =>
        WriteAsync(ContactSubject(contactId), "r" + record.Entry.Revision!.Value.ToString("D10", CultureInfo.InvariantCulture), record, cancellationToken);

    /// <summary>Partners have no revision: the instant orders their entries, and a GUID keeps two in one tick apart.</summary>
    public Task WritePartnerAsync(string partnerId, AuditEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(PartnerSubject(partnerId), $"{TableKeys.OldestFirst(entry.At)}-{Guid.NewGuid():N}", new AuditRecord(entry, false, []), cancellationToken);

    /// <summary>The subject's entries, oldest first, each as <paramref name="reader"/> may see it.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, UserContext reader, CancellationToken cancellationToken = default)
    {
        var entries = new List<AuditEntry>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {subject}"), cancellationToken: cancellationToken))
        {
            var record = StoreJson.Read<AuditRecord?>(row, "Record", null);
            if (record is not null)
            {
                entries.Add(VisibleTo(reader, record));
            }
        }

        return entries;
    }

    private static AuditEntry VisibleTo(UserContext reader, AuditRecord record) =>
        ContactVisibility.CanSee(reader, record.Restricted ? Confidentiality.Restricted : Confidentiality.Internal, record.Audience)
            ? record.Entry
            : record.Entry with { Hidden = true, Changes = record.Entry.Changes.Select(c => new FieldChange(c.Field, null, null)).ToList() };

    private async Task WriteAsync(string subject, string rowKey, AuditRecord record, CancellationToken cancellationToken)
    {
        var row = new TableEntity(subject, rowKey) { ["At"] = record.Entry.At };
        StoreJson.Write(row, "Record", record);
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
