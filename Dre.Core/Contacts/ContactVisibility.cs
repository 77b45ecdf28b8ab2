using Dre.Core.Identity;

namespace Dre.Core.Contacts;

/// <summary>Restricted contacts are for DRE officers and the people who were there or logged them; everything else is for all staff.</summary>
public static class ContactVisibility
{
    public static IReadOnlyList<string> AudienceOf(Contact contact) =>
        contact.Loggers.Select(l => l.UserId)
            .Concat(contact.CoeParticipants.Select(p => p.Email).OfType<string>())
            .Select(k => k.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static bool CanSee(UserContext user, Confidentiality confidentiality, IReadOnlyList<string> audience) =>
        confidentiality != Confidentiality.Restricted
        || user.IsDreOfficer
        || audience.Any(user.IsNamedBy);

    public static bool CanSee(UserContext user, Contact contact) => CanSee(user, contact.Confidentiality, AudienceOf(contact));

    public static bool CanSee(UserContext user, ContactSummary summary) => CanSee(user, summary.Confidentiality, summary.Audience);
}
