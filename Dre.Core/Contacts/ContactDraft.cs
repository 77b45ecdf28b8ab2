using System.Text.Json.Serialization;

namespace Dre.Core.Contacts;

/// <summary>What a caller sends to log a contact, from any channel.</summary>
public sealed record ContactDraft : ContactFields
{
    public IReadOnlyList<FollowUpDraft>? FollowUps { get; init; }
    public ContactSource? Source { get; init; }

    /// <summary>The iCalendar UID of an Outlook meeting, shared by every attendee's copy.</summary>
    public string? ICalUid { get; init; }

    /// <summary>For one occurrence of a recurring meeting: the occurrence's start, which tells occurrences apart.</summary>
    public DateTimeOffset? OccurrenceStart { get; init; }

    /// <summary>The Internet message id of an e-mail, the same in every recipient's mailbox.</summary>
    public string? InternetMessageId { get; init; }

    /// <summary>The identity of an imported row (<see cref="Imports.ImportKey"/>); set by the import only, never read from a request.</summary>
    [JsonIgnore]
    public string? ImportKey { get; init; }
}

public sealed record FollowUpDraft(string? Text, string? Owner, string? OwnerName, DateOnly? Due);
