using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Partners;

namespace Dre.Core.Digest;

/// <summary>One digest: what happened in a period, portfolio by portfolio, as its reader may see it.</summary>
public sealed record WeeklyDigest(
    DigestFrequency Frequency,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<PortfolioDigest> Portfolios,
    IReadOnlyList<WeekCount> Chart,
    int QuietAfterWeeks = 8)
{
    public int ContactCount => Portfolios.Sum(p => p.Partners.Sum(w => w.Contacts.Count));
}

public sealed record PortfolioDigest(
    Portfolio Portfolio,
    IReadOnlyList<PartnerActivity> Partners,
    IReadOnlyList<Overlap> Overlaps,
    IReadOnlyList<OpenFollowUp> NewFollowUps,
    IReadOnlyList<OpenFollowUp> OverdueFollowUps,
    IReadOnlyList<ContactSummary> Planned,
    IReadOnlyList<Partner> QuietPartners)
{
    /// <summary>
    /// The planned contacts of <see cref="Planned"/> that are one side of an overlap, with the other side: what to
    /// settle before either meeting happens.
    /// </summary>
    public IReadOnlyList<PlannedOverlap> PlannedOverlaps => Planned
        .SelectMany(c => Overlaps.Where(o => o.First.ContactId == c.ContactId || o.Second.ContactId == c.ContactId)
            .Select(o => new PlannedOverlap(c.ContactId, o.Partner, o.First.ContactId == c.ContactId ? o.Second : o.First)).Take(1))
        .ToList();

    public bool IsEmpty => Partners.Count == 0 && Overlaps.Count == 0 && NewFollowUps.Count == 0 && OverdueFollowUps.Count == 0 && Planned.Count == 0 && QuietPartners.Count == 0;
}

/// <param name="Family">The head of the partner's family when it is a body under another (the EU for the EEAS); otherwise null.</param>
public sealed record PartnerActivity(Partner Partner, IReadOnlyList<ContactSummary> Contacts, Partner? Family = null);

/// <summary>A planned contact that overlaps another contact of the same partner or family by another MAE.</summary>
public sealed record PlannedOverlap(string ContactId, Partner Partner, ContactSummary Other);

/// <summary>Two contacts with one partner by different MAEs, close in time: the duplication the DRE exists to avoid.</summary>
public sealed record Overlap(Partner Partner, ContactSummary First, ContactSummary Second);

public sealed record WeekCount(string Week, IReadOnlyDictionary<Portfolio, int> Contacts);
