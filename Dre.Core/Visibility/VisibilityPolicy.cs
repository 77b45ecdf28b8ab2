using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Identity;

namespace Dre.Core.Visibility;

/// <summary>
/// The one rule every read path applies: restricted contacts (and their follow-ups) are for DRE officers and for the
/// people who logged or attended them; everything else is for all staff. A count or a chart counts only what its reader
/// may see, so that nothing says a restricted contact exists.
/// </summary>
public static class VisibilityPolicy
{
    /// <summary>The people a restricted contact is for besides DRE officers: logger ids and attendee e-mails, lower-cased.</summary>
    public static IReadOnlyList<string> AudienceOf(Contact contact) =>
        contact.Loggers.Select(l => l.UserId)
            .Concat(contact.CoeParticipants.Select(p => p.Email).OfType<string>())
            .Select(k => k.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static bool MaySee(UserContext reader, Confidentiality confidentiality, IReadOnlyList<string> audience) =>
        confidentiality != Confidentiality.Restricted
        || reader.IsDreOfficer
        || audience.Any(reader.IsNamedBy);

    public static bool MaySee(UserContext reader, Contact contact) => MaySee(reader, contact.Confidentiality, AudienceOf(contact));

    public static bool MaySee(UserContext reader, ContactSummary summary) => MaySee(reader, summary.Confidentiality, summary.Audience);

    public static bool MaySee(UserContext reader, OpenFollowUp followUp) => MaySee(reader, followUp.Confidentiality, followUp.Audience);

    /// <summary>Named on the contact as one who logged or attended it (DRE officers are not, by their role alone).</summary>
    public static bool InAudience(UserContext reader, Contact contact) => AudienceOf(contact).Any(reader.IsNamedBy);

    public static bool InAudience(UserContext reader, ContactSummary summary) => summary.Audience.Any(reader.IsNamedBy);

    /// <summary>
    /// Lowering a contact's confidentiality exposes it to more people than chose to share it: only DRE officers and the
    /// person who logged it first decide that.
    /// </summary>
    public static bool MayLowerConfidentiality(UserContext user, Contact contact) =>
        user.IsDreOfficer || (contact.Loggers.Count > 0 && user.IsNamedBy(contact.Loggers[0].UserId));
}
