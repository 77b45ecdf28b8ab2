using System.Text.Json.Nodes;

namespace Dre.Core.Audit;

/// <summary>One change to a contact or a partner, as the history shows it.</summary>
public sealed record AuditEntry(DateTimeOffset At, AuditActor Actor, ChangeOrigin Origin, AuditAction Action, IReadOnlyList<FieldChange> Changes)
{
    /// <summary>The contact's revision this change made; none for partners.</summary>
    public int? Revision { get; init; }

    /// <summary>The change was made while the contact was restricted and the reader is not of its audience: field names only.</summary>
    public bool Hidden { get; init; }

    /// <summary>The contact was deleted longer ago than the retention period: the values are gone for everyone.</summary>
    public bool Purged { get; init; }
}

/// <summary>Who made a change: the Entra object id (or the user id the token names) and the name at the time.</summary>
public sealed record AuditActor(string Id, string Name)
{
    public static AuditActor Of(Identity.UserContext user) => new(user.UserId, user.Name);
}

/// <summary>A field's value before and after, as JSON (null: absent).</summary>
public sealed record FieldChange(string Field, JsonNode? Before, JsonNode? After);

/// <summary>Where a change came from.</summary>
public enum ChangeOrigin
{
    Api,
    AddIn,
    Bot,
    Import,
}

public enum AuditAction
{
    Created,
    Merged,
    Edited,
    FollowUpCompleted,
    Deleted,
    StateOfPlay,
    DomainAdded,
    PartnerCreated,
    PartnerEdited,
    PartnerArchived,
    RouteSet,
    RouteCleared,
    Subscribed,
    Unsubscribed,
    Held,
    Moved,
    Cancelled,
}

/// <summary>
/// An entry as stored: with the confidentiality of what it shows, so that the history renders it for its reader. A
/// change to or from restricted is restricted, with the audience of both versions.
/// </summary>
public sealed record AuditRecord(AuditEntry Entry, bool Restricted, IReadOnlyList<string> Audience);
