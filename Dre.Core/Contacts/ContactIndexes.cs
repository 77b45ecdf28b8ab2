using System.Globalization;
using Azure.Data.Tables;
using Dre.Core.FollowUps;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// The rows derived from a contact in the index tables. A pure function of the contact: any writer, or the journal's repair,
/// can rebuild them, and the rows a new version no longer has are the difference of two such sets.
/// </summary>
internal static class ContactIndexes
{
    public const string ByPartner = "ContactsByPartner";
    public const string ByWeek = "ContactsByWeek";
    public const string FollowUps = "FollowUps";

    public static IReadOnlyList<IndexRow> Of(Contact contact)
    {
        if (contact.Deletion is not null || contact.Status == ContactStatus.Cancelled)
        {
            // A deleted or cancelled contact is listed nowhere: every row of its previous version is stale.
            return [];
        }

        var rows = new List<IndexRow>();
        var summary = SummaryEntity(contact);
        foreach (var partnerId in contact.PartnerIds)
        {
            rows.Add(new IndexRow(ByPartner, partnerId, $"{TableKeys.NewestFirst(contact.Start)}-{contact.Id}", summary));
        }

        rows.Add(new IndexRow(ByWeek, TableKeys.Week(contact.Start), $"{TableKeys.OldestFirst(contact.Start)}-{contact.Id}", summary));

        foreach (var followUp in contact.FollowUps.Where(f => !f.Done))
        {
            var entity = OpenFollowUpEntity(contact, followUp);
            var rowKey = $"{FollowUpKeys.DueKey(followUp.Due)}-{contact.Id}-{followUp.Id}";
            if (followUp.Owner is { } owner)
            {
                rows.Add(new IndexRow(FollowUps, FollowUpKeys.Owner(owner), rowKey, entity));
            }

            foreach (var partnerId in contact.PartnerIds)
            {
                rows.Add(new IndexRow(FollowUps, FollowUpKeys.Partner(partnerId), rowKey, entity));
            }

            if (followUp.Due is not null)
            {
                rows.Add(new IndexRow(FollowUps, FollowUpKeys.Due, rowKey, entity));
            }
        }

        return rows;
    }

    public static ContactSummary ReadSummary(TableEntity entity) => StoreJson.Read<ContactSummary>(entity, "Summary", null!);

    public static OpenFollowUp ReadFollowUp(TableEntity entity) => StoreJson.Read<OpenFollowUp>(entity, "FollowUp", null!);

    private static Dictionary<string, object?> SummaryEntity(Contact contact)
    {
        var entity = new TableEntity();
        StoreJson.Write(entity, "Summary", ContactSummary.Of(contact));
        entity["Revision"] = contact.Revision;
        // A narrow column for counts (the digest chart), so that counting a week does not read every summary.
        entity["Partners"] = string.Join(',', contact.PartnerIds);
        return new Dictionary<string, object?>(entity);
    }

    private static Dictionary<string, object?> OpenFollowUpEntity(Contact contact, FollowUp followUp)
    {
        var entity = new TableEntity();
        StoreJson.Write(entity, "FollowUp", OpenFollowUp.Of(contact, followUp));
        entity["Revision"] = contact.Revision;
        entity["Due"] = followUp.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Dictionary<string, object?>(entity);
    }
}

internal sealed record IndexRow(string Table, string PartitionKey, string RowKey, IReadOnlyDictionary<string, object?> Values)
{
    public string Key => $"{Table}|{PartitionKey}|{RowKey}";

    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey);
        foreach (var (name, value) in Values)
        {
            entity[name] = value;
        }

        return entity;
    }

    public static (string Table, string PartitionKey, string RowKey) Parse(string key)
    {
        var parts = key.Split('|', 3);
        return (parts[0], parts[1], parts[2]);
    }
}
