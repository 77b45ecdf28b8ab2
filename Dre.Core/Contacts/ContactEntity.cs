using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>The Contacts table row, in its shard (<see cref="ContactKeys"/>).</summary>
internal static class ContactEntity
{
    public static TableEntity From(Contact contact)
    {
        var entity = new TableEntity(ContactKeys.Partition(contact.Id), contact.Id)
        {
            ["Kind"] = contact.Kind.ToString(),
            ["Start"] = contact.Start,
            ["End"] = contact.End,
            ["Subject"] = contact.Subject,
            ["Summary"] = contact.Summary,
            ["Outcome"] = contact.Outcome,
            ["Confidentiality"] = contact.Confidentiality.ToString(),
            ["Source"] = contact.Source.ToString(),
            ["SourceKey"] = contact.SourceKey,
            ["Revision"] = contact.Revision,
        };
        StoreJson.Write(entity, "PartnerIds", contact.PartnerIds);
        StoreJson.Write(entity, "CoeParticipants", contact.CoeParticipants);
        StoreJson.Write(entity, "PartnerParticipants", contact.PartnerParticipants);
        StoreJson.Write(entity, "Topics", contact.Topics);
        StoreJson.Write(entity, "FollowUps", contact.FollowUps);
        StoreJson.Write(entity, "Notes", contact.Notes);
        StoreJson.Write(entity, "Loggers", contact.Loggers);
        if (contact.Status != ContactStatus.Logged)
        {
            // Absent while only logged, as in the rows written before planned contacts could be held or cancelled.
            entity["Status"] = contact.Status.ToString();
        }

        if (contact.Deletion is { } deletion)
        {
            StoreJson.Write(entity, "Deletion", deletion);
        }

        if (contact.ChangeId is { } changeId)
        {
            entity["ChangeId"] = changeId;
        }

        return entity;
    }

    public static Contact To(TableEntity entity) => new()
    {
        Id = ContactKeys.IdOf(entity),
        Kind = Enum.Parse<ContactKind>(entity.GetString("Kind")),
        Start = entity.GetDateTimeOffset("Start")!.Value,
        End = entity.GetDateTimeOffset("End"),
        Subject = entity.GetString("Subject"),
        Summary = entity.GetString("Summary"),
        Outcome = entity.GetString("Outcome"),
        Confidentiality = Enum.Parse<Confidentiality>(entity.GetString("Confidentiality")),
        Source = Enum.Parse<ContactSource>(entity.GetString("Source")),
        SourceKey = entity.GetString("SourceKey"),
        Revision = entity.GetInt32("Revision") ?? 1,
        Status = entity.GetString("Status") is { } status ? Enum.Parse<ContactStatus>(status) : ContactStatus.Logged,
        PartnerIds = StoreJson.Read<IReadOnlyList<string>>(entity, "PartnerIds", []),
        CoeParticipants = StoreJson.Read<IReadOnlyList<CoeParticipant>>(entity, "CoeParticipants", []),
        PartnerParticipants = StoreJson.Read<IReadOnlyList<PartnerParticipant>>(entity, "PartnerParticipants", []),
        Topics = StoreJson.Read<IReadOnlyList<string>>(entity, "Topics", []),
        FollowUps = StoreJson.Read<IReadOnlyList<FollowUp>>(entity, "FollowUps", []),
        Notes = StoreJson.Read<IReadOnlyList<ContactNote>>(entity, "Notes", []),
        Loggers = StoreJson.Read<IReadOnlyList<LoggedBy>>(entity, "Loggers", []),
        Deletion = StoreJson.Read<ContactDeletion?>(entity, "Deletion", null),
        ChangeId = entity.GetString("ChangeId"),
        Version = entity.ETag.ToString(),
    };

    /// <summary>
    /// The contact as a read of its row gives it back (Table Storage keeps the instants of its own columns in UTC; the
    /// JSON columns keep their offsets): what a writer projects from the contact it has just stored, so that its index
    /// rows are those that a later projection, from a read, writes.
    /// </summary>
    public static Contact AsStored(Contact contact) =>
        contact with { Start = contact.Start.ToUniversalTime(), End = contact.End?.ToUniversalTime() };

    public static ETag ETagOf(Contact contact) =>
        contact.Version is { } version ? new ETag(version) : throw new InvalidOperationException("A stored contact carries its version.");
}
