using System.Globalization;
using Azure.Data.Tables;
using Dre.Core.FollowUps;
using Dre.Core.Storage;
using Dre.Core.Visibility;

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

        rows.Add(new IndexRow(ByWeek, TableKeys.Week(contact.Start), $"{TableKeys.OldestFirst(contact.Start)}-{contact.Id}", WeekEntity(contact, summary)));

        foreach (var followUp in contact.FollowUps.Where(f => !f.Done))
        {
            var entity = OpenFollowUpEntity(contact, followUp);
            var rowKey = FollowUpKeys.RowKey(followUp.Due, contact.Id, followUp.Id);
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

    /// <summary>What a change of this index row changes for the digest: its week, or the dated follow-ups (every overdue list).</summary>
    public static string? WeekTouched((string Table, string PartitionKey, string RowKey) key) => key switch
    {
        (ByWeek, var week, _) => week,
        (FollowUps, FollowUpKeys.Due, _) => ContactWeekChanges.DueFollowUps,
        _ => null,
    };

    /// <summary>A partner's rows with start in [from, to): one key range of its partition, newest first.</summary>
    public static string PartnerRange(string partnerId, DateTimeOffset from, DateTimeOffset to) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partnerId} and RowKey ge {TableKeys.NewestFirst(to.AddTicks(-1))} and RowKey lt {TableKeys.NewestFirst(from) + "~"}");

    public static ContactSummary ReadSummary(TableEntity entity) => StoreJson.Read<ContactSummary>(entity, "Summary", null!);

    public static OpenFollowUp ReadFollowUp(TableEntity entity) => StoreJson.Read<OpenFollowUp>(entity, "FollowUp", null!);

    /// <summary>A week row whole: rows written before it carried its open follow-ups have none until the backfill.</summary>
    public static PeriodContact ReadPeriodContact(TableEntity entity) =>
        new(ReadSummary(entity), StoreJson.Read<IReadOnlyList<OpenFollowUp>>(entity, OpenFollowUpsColumn, []));

    /// <summary>
    /// A week row from its narrow columns. A row written before they existed (no <c>Confidentiality</c>) counts as restricted
    /// to nobody but DRE officers until the backfill rewrites it: a count may be short for a while, never revealing.
    /// </summary>
    public static ContactFact ReadFact(TableEntity entity) => new(
        new DateTimeOffset(long.Parse(entity.RowKey.AsSpan(0, 19), CultureInfo.InvariantCulture), TimeSpan.Zero),
        entity.GetString("Partners")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [],
        Enum.TryParse<Confidentiality>(entity.GetString(ConfidentialityColumn), out var confidentiality) ? confidentiality : Confidentiality.Restricted,
        entity.GetString(AudienceColumn)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? []);

    /// <summary>The columns <see cref="ReadFact"/> reads.</summary>
    public static readonly string[] FactColumns = ["RowKey", "Partners", ConfidentialityColumn, AudienceColumn];

    private const string ConfidentialityColumn = "Confidentiality";
    private const string AudienceColumn = "Audience";
    private const string OpenFollowUpsColumn = "OpenFollowUps";

    private static Dictionary<string, object?> SummaryEntity(Contact contact)
    {
        var entity = new TableEntity();
        StoreJson.Write(entity, "Summary", ContactSummary.Of(contact));
        entity["Revision"] = contact.Revision;
        // A narrow column for counts (the digest chart), so that counting a week does not read every summary.
        entity["Partners"] = string.Join(',', contact.PartnerIds);
        return new Dictionary<string, object?>(entity);
    }

    /// <summary>
    /// A week row carries what the digest needs of its contact, so that a slot's digest reads weeks and nothing else:
    /// the open follow-ups, and for counts that read only narrow columns, who may see it.
    /// </summary>
    private static Dictionary<string, object?> WeekEntity(Contact contact, Dictionary<string, object?> summary)
    {
        var entity = new TableEntity();
        foreach (var (name, value) in summary)
        {
            entity[name] = value;
        }

        StoreJson.Write(entity, OpenFollowUpsColumn, contact.FollowUps.Where(f => !f.Done).Select(f => OpenFollowUp.Of(contact, f)).ToList());
        entity[ConfidentialityColumn] = contact.Confidentiality.ToString();
        entity[AudienceColumn] = string.Join(',', VisibilityPolicy.AudienceOf(contact));
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
