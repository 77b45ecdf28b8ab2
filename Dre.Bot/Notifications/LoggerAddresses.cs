using Dre.Bot.Cards;
using Dre.Core.Contacts;

namespace Dre.Bot.Notifications;

/// <summary>
/// The addresses at which a coordination alert's reader may write to the people who logged a contact: the one kept with
/// the logger from their signed-in context. A logger stored before it was kept is found under their name among the
/// contact's CoE participants, as a logger usually is listed; one with neither has no known address and no button.
/// </summary>
public static class LoggerAddresses
{
    private const int MaxPeople = 6;

    /// <summary>
    /// The loggers of <paramref name="contact"/> with their addresses, but the reader themself (<paramref name="readerId"/>):
    /// nobody for a restricted contact, whose people only its audience may learn, and an alert reaches more than them.
    /// </summary>
    public static IReadOnlyList<ChatTarget> Of(Contact? contact, string? readerId)
    {
        if (contact is null || contact.Confidentiality == Confidentiality.Restricted)
        {
            return [];
        }

        return contact.Loggers
            .Where(l => !string.Equals(l.UserId, readerId, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(l => l.UserId, StringComparer.OrdinalIgnoreCase)
            .Select(l => (l.Name, Email: l.Email is { Length: > 0 } ? l.Email : contact.CoeParticipants.FirstOrDefault(p => p.Email is { Length: > 0 } && SameName(p.Name, l.Name))?.Email))
            .Where(l => l.Email is not null)
            .Select(l => new ChatTarget(l.Name, l.Email!))
            .Take(MaxPeople)
            .ToList();
    }

    /// <summary>The person an alert recipient key names ("user:{object id}"), or null for a channel.</summary>
    public static string? ReaderOf(string recipient) =>
        recipient.StartsWith(UserPrefix, StringComparison.Ordinal) ? recipient[UserPrefix.Length..] : null;

    public const string UserPrefix = "user:";

    private static bool SameName(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
