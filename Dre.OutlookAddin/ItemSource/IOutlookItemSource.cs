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
}

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
