namespace Dre.Core.Contacts;

/// <summary>
/// Folds a second log of the same meeting or e-mail into the contact already stored: what the newcomer adds is kept,
/// nothing already there is overwritten.
/// </summary>
public static class ContactMerge
{
    public static Contact Merge(Contact existing, Contact incoming, DateTimeOffset now)
    {
        var logger = incoming.FirstLogger;
        var notes = existing.Notes.ToList();
        if (existing.Summary is not null
            && incoming.Summary is { } text
            && !string.Equals(text, existing.Summary, StringComparison.Ordinal)
            && !notes.Any(n => string.Equals(n.Text, text, StringComparison.Ordinal))
            && notes.Count < ContactLimits.Notes)
        {
            notes.Add(new ContactNote(text, logger.Name, now));
        }

        return existing with
        {
            PartnerIds = existing.PartnerIds.Union(incoming.PartnerIds, StringComparer.Ordinal).Take(ContactLimits.Partners).ToList(),
            CoeParticipants = Union(existing.CoeParticipants, incoming.CoeParticipants, p => p.Email ?? p.Name),
            PartnerParticipants = Union(existing.PartnerParticipants, incoming.PartnerParticipants, p => p.Email ?? p.Name),
            Topics = existing.Topics.Union(incoming.Topics, StringComparer.OrdinalIgnoreCase).Take(ContactLimits.Topics).ToList(),
            Summary = existing.Summary ?? incoming.Summary,
            Notes = notes,
            Outcome = existing.Outcome ?? incoming.Outcome,
            FollowUps = Union(existing.FollowUps, incoming.FollowUps, f => f.Text + "\u0001" + f.Owner, ContactLimits.FollowUps),
            Confidentiality = existing.Confidentiality > incoming.Confidentiality ? existing.Confidentiality : incoming.Confidentiality,
            Loggers = existing.Loggers.Any(l => l.UserId == logger.UserId) ? existing.Loggers : [.. existing.Loggers, logger],
        };
    }

    private static List<T> Union<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, Func<T, string> key, int max = ContactLimits.Participants) =>
        first.Concat(second).DistinctBy(item => key(item).ToUpperInvariant()).Take(max).ToList();
}
