namespace Dre.OutlookAddin.ItemSource;

/// <summary>
/// What Office.js does not tell the task pane about an item (an appointment's iCalendar UID, a message's Internet
/// message id on some clients), read from the user's mailbox on their behalf.
/// </summary>
public interface IOutlookItemSource
{
    /// <param name="item">The item as Office.js names it (an EWS-format id); implementations convert it as they need.</param>
    /// <param name="userAccessToken">The caller's token for this API, for an on-behalf-of exchange; never sent to the browser again.</param>
    Task<OutlookItemDetails?> GetAsync(OutlookItemRef item, string userAccessToken, CancellationToken cancellationToken = default);

    /// <summary>Whether the user's own mailbox holds the meeting (by iCalendar UID) or the message (by Internet message id).</summary>
    /// <exception cref="MailboxUnavailableException">The mailbox could not be asked.</exception>
    Task<bool> HoldsAsync(OutlookItemKey key, string userAccessToken, CancellationToken cancellationToken = default);
}

/// <summary>How a contact names its Outlook item: a meeting by its iCalendar UID, an e-mail by its Internet message id.</summary>
public sealed record OutlookItemKey(string? ICalUid, string? InternetMessageId);

public sealed record OutlookItemRef(string ItemId, OutlookItemType Type);

public enum OutlookItemType
{
    Appointment,
    Message,
}

public sealed record OutlookItemDetails(
    string? ICalUid,
    DateTimeOffset? OccurrenceStart,
    string? InternetMessageId,
    string? Subject,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<OutlookPerson> People);

public sealed record OutlookPerson(string Name, string Email);
