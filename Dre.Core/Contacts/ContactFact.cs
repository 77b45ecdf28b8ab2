using Dre.Core.FollowUps;

namespace Dre.Core.Contacts;

/// <summary>What a count needs of a contact (the digest's chart, its quiet partners), read from narrow columns of its week row.</summary>
public sealed record ContactFact(DateTimeOffset Start, IReadOnlyList<string> PartnerIds, Confidentiality Confidentiality, IReadOnlyList<string> Audience)
{
    public static ContactFact Of(ContactSummary summary) => new(summary.Start, summary.PartnerIds, summary.Confidentiality, summary.Audience);
}

/// <summary>A contact of a period as its week row holds it: what lists show, and its open follow-ups.</summary>
public sealed record PeriodContact(ContactSummary Summary, IReadOnlyList<OpenFollowUp> OpenFollowUps);
