using System.Globalization;

namespace Dre.Core.FollowUps;

/// <summary>The partitions of the FollowUps index: by owner, by partner, and every open follow-up with a due date, in due order.</summary>
public static class FollowUpKeys
{
    public const string Due = "due";

    public static string Owner(string email) => "owner-" + email.ToLowerInvariant();

    public static string Partner(string partnerId) => "partner-" + partnerId;

    /// <summary>Due dates sort first; follow-ups without one come last.</summary>
    public static string DueKey(DateOnly? due) => due?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "99999999";

    /// <summary>A follow-up's row in every partition: in due order, then by contact.</summary>
    public static string RowKey(DateOnly? due, string contactId, string followUpId) => $"{DueKey(due)}-{contactId}-{followUpId}";
}
