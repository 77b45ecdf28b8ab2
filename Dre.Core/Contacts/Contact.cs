using System.Text.Json.Serialization;

namespace Dre.Core.Contacts;

/// <summary>One interaction between the Council of Europe and one or more partners.</summary>
public sealed record Contact
{
    public required string Id { get; init; }
    public required ContactKind Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public required IReadOnlyList<string> PartnerIds { get; init; }
    public IReadOnlyList<CoeParticipant> CoeParticipants { get; init; } = [];
    public IReadOnlyList<PartnerParticipant> PartnerParticipants { get; init; } = [];
    public required string Subject { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<ContactNote> Notes { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? Outcome { get; init; }
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    public Confidentiality Confidentiality { get; init; } = Confidentiality.Internal;

    /// <summary>Left out of the stored row while the contact is only logged, so that rows written before the field existed read the same.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ContactStatus Status { get; init; }
    public required ContactSource Source { get; init; }
    public string? SourceKey { get; init; }
    public required IReadOnlyList<LoggedBy> Loggers { get; init; }
    public int Revision { get; init; } = 1;
    public string? Version { get; init; }

    /// <summary>Set when the contact was deleted: the row stays as a tombstone without content, so that every index row it had is removed through the journal like any other change.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContactDeletion? Deletion { get; init; }

    /// <summary>
    /// The audit entry of the write that makes this revision, handed to the store with it. The store keeps it in the
    /// write's journal row until it is in the audit trail, and only the write's id (<see cref="ChangeId"/>) in the
    /// contact's row, so that a deleted contact's row holds none of its content.
    /// </summary>
    [JsonIgnore]
    public Audit.AuditRecord? Change { get; init; }

    /// <summary>The id of the write that made this revision and recorded a change: its journal row names it.</summary>
    [JsonIgnore]
    public string? ChangeId { get; init; }

    public LoggedBy FirstLogger => Loggers[0];

    /// <summary>Still to take place: logged with a start after <paramref name="now"/>, neither held nor cancelled.</summary>
    public bool IsPlannedAt(DateTimeOffset now) => Status == ContactStatus.Logged && Start > now;
}

public enum ContactKind
{
    Meeting,
    Call,
    Visit,
    Videoconference,
    Conference,
    Email,
}

public enum Confidentiality
{
    Public,
    Internal,
    Restricted,
}

public enum ContactSource
{
    OutlookMeeting,
    OutlookEmail,
    Teams,
    Api,
    Import,
}

public sealed record CoeParticipant(string Name, string? Email, string? Mae);

public sealed record PartnerParticipant(string Name, string? Email, string? PartnerId);

/// <summary>A note added when a second attendee logs the same meeting: kept beside the first summary, never overwriting it.</summary>
public sealed record ContactNote(string Text, string Author, DateTimeOffset At);

/// <summary>
/// A person who logged the contact, with the mail address of their signed-in context (where a coordination alert's
/// reader writes to them); null on rows written before it was kept, and for a person whose context had none.
/// </summary>
public sealed record LoggedBy(string UserId, string Name, DateTimeOffset At, string? Email = null);

public sealed record ContactDeletion(string UserId, string Name, DateTimeOffset At);

public sealed record FollowUp
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public string? Owner { get; init; }
    public string? OwnerName { get; init; }
    public DateOnly? Due { get; init; }
    public bool Done { get; init; }
    public DateTimeOffset? DoneAt { get; init; }
    public string? DoneBy { get; init; }
}
