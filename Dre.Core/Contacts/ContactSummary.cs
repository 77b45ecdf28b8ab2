using Dre.Core.Visibility;
namespace Dre.Core.Contacts;

/// <summary>What lists show of a contact; stored in the index tables so that a list needs no read of each contact.</summary>
public sealed record ContactSummary
{
    public required string ContactId { get; init; }
    public required ContactKind Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required string Subject { get; init; }
    public required IReadOnlyList<string> PartnerIds { get; init; }
    public required IReadOnlyList<CoeParticipant> CoeParticipants { get; init; }
    public required IReadOnlyList<string> LoggedBy { get; init; }
    public required Confidentiality Confidentiality { get; init; }
    public required ContactSource Source { get; init; }

    /// <summary>Who may see a restricted contact besides DRE officers: its loggers' ids and its CoE participants' e-mails.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    public static ContactSummary Of(Contact contact) => new()
    {
        ContactId = contact.Id,
        Kind = contact.Kind,
        Start = contact.Start,
        Subject = contact.Subject,
        PartnerIds = contact.PartnerIds,
        CoeParticipants = contact.CoeParticipants.Take(12).Select(p => p with { Email = null }).ToList(),
        LoggedBy = contact.Loggers.Select(l => l.Name).ToList(),
        Confidentiality = contact.Confidentiality,
        Source = contact.Source,
        Audience = VisibilityPolicy.AudienceOf(contact),
    };
}
