using Dre.Core.Visibility;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Microsoft.Extensions.Options;

namespace Dre.Core.Digest;

/// <summary>
/// Builds a reader's digest from the slot's <see cref="DigestSlot"/>, read once for all readers
/// (<see cref="DigestSlotCache"/>): every list, count and chart keeps only what the visibility policy lets the reader see.
/// </summary>
public sealed class DigestBuilder(DigestSlotCache slots, IOptions<DigestOptions> options)
{
    private const int MaxPerList = 50;
    private static readonly Portfolio[] Portfolios = Enum.GetValues<Portfolio>();

    public async Task<WeeklyDigest> BuildAsync(DigestSchedule schedule, DateTimeOffset slot, UserContext reader, CancellationToken cancellationToken = default) =>
        For(schedule, await SlotAsync(schedule, slot, cancellationToken), reader);

    /// <summary>The slot's data, read once for all its readers (or taken from the cache).</summary>
    public Task<DigestSlot> SlotAsync(DigestSchedule schedule, DateTimeOffset slot, CancellationToken cancellationToken = default) =>
        slots.GetAsync(schedule, slot, cancellationToken);

    /// <summary>The digest of <paramref name="data"/> as <paramref name="reader"/> may see it: no store read.</summary>
    public WeeklyDigest For(DigestSchedule schedule, DigestSlot data, UserContext reader)
    {
        var (from, to, snapshot, o) = (data.From, data.To, data.Snapshot, options.Value);
        var periodContacts = data.Contacts.Where(c => c.Summary.Start >= from && c.Summary.Start < to).ToList();
        var visible = periodContacts.Select(c => c.Summary).Where(c => VisibilityPolicy.MaySee(reader, c)).ToList();
        var planned = data.Contacts.Select(c => c.Summary)
            .Where(c => c.Start >= to && c.Start < data.PlannedTo && VisibilityPolicy.MaySee(reader, c)).ToList();
        var overdue = data.Overdue.Where(f => VisibilityPolicy.MaySee(reader, f)).Take(MaxPerList * Portfolios.Length).ToList();
        var activePartners = visible.SelectMany(c => c.PartnerIds).ToHashSet(StringComparer.Ordinal);
        var newFollowUps = periodContacts.SelectMany(c => c.OpenFollowUps)
            .Where(f => f.PartnerIds.Any(activePartners.Contains) && VisibilityPolicy.MaySee(reader, f))
            .DistinctBy(f => (f.ContactId, f.FollowUpId))
            .OrderBy(f => f.ContactStart).ThenBy(f => f.FollowUpId, StringComparer.Ordinal).ToList();
        var seen = data.Facts.Where(f => VisibilityPolicy.MaySee(reader, f.Confidentiality, f.Audience)).ToList();
        var quiet = QuietPartners(snapshot, seen, DigestSlotReader.QuietSince(data.Slot, o), data.Slot);
        var overlaps = Overlaps(snapshot, visible.Concat(planned), TimeSpan.FromDays(o.OverlapWindowDays));
        var chart = Chart(snapshot, seen, DigestSlotReader.ChartStart(data.Slot, o), o.ChartWeeks);

        Portfolio? PortfolioOf(IEnumerable<string> partnerIds) => partnerIds.Select(snapshot.Find).OfType<Partner>().FirstOrDefault()?.Portfolio;

        var sections = Portfolios.Select(portfolio => new PortfolioDigest(
                portfolio,
                ByFamily(snapshot, visible.SelectMany(c => c.PartnerIds.Select(id => (Id: id, Contact: c)))
                    .Where(x => snapshot.Find(x.Id)?.Portfolio == portfolio)
                    .GroupBy(x => x.Id)
                    .Select(g => new PartnerActivity(snapshot.Find(g.Key)!, g.Select(x => x.Contact).OrderBy(c => c.Start).ToList()))),
                overlaps.GetValueOrDefault(portfolio) ?? [],
                newFollowUps.Where(f => PortfolioOf(f.PartnerIds) == portfolio).Take(MaxPerList).ToList(),
                overdue.Where(f => PortfolioOf(f.PartnerIds) == portfolio).Take(MaxPerList).ToList(),
                planned.Where(c => PortfolioOf(c.PartnerIds) == portfolio).Take(MaxPerList).ToList(),
                quiet.Where(p => p.Portfolio == portfolio).ToList()))
            .ToList();

        // Nothing says how many restricted contacts the reader does not see: a count is a disclosure too.
        return new WeeklyDigest(schedule.Frequency, from, to, sections, chart, o.QuietAfterWeeks);
    }

    /// <summary>The first overlaps of each portfolio, in the order found, taken in one pass over them.</summary>
    private static Dictionary<Portfolio, List<Overlap>> Overlaps(PartnerSnapshot snapshot, IEnumerable<ContactSummary> contacts, TimeSpan window)
    {
        var byPortfolio = new Dictionary<Portfolio, List<Overlap>>();
        foreach (var (partnerId, first, second) in OverlapFinder.Find(contacts, window, snapshot.FamilyOf))
        {
            if (snapshot.Find(partnerId) is { } partner && byPortfolio.GetValueOrDefault(partner.Portfolio, []) is { Count: < MaxPerList } list)
            {
                list.Add(new Overlap(partner, first, second));
                byPortfolio[partner.Portfolio] = list;
            }
        }

        return byPortfolio;
    }

    /// <summary>
    /// A family's partners together (the EU, then the EEAS and the Commission under it), the busiest family first; in a
    /// family its head first, then the busiest body. A body carries its family's head, to be labelled with it.
    /// </summary>
    private static List<PartnerActivity> ByFamily(PartnerSnapshot snapshot, IEnumerable<PartnerActivity> activities) =>
        activities
            .GroupBy(a => snapshot.FamilyOf(a.Partner.Id), StringComparer.Ordinal)
            .OrderByDescending(f => f.Sum(a => a.Contacts.Count)).ThenBy(f => snapshot.Find(f.Key)?.Name.En ?? f.Key, StringComparer.Ordinal)
            .SelectMany(f => f
                .OrderByDescending(a => a.Partner.Id == f.Key).ThenByDescending(a => a.Contacts.Count).ThenBy(a => a.Partner.Name.En, StringComparer.Ordinal)
                .Select(a => a.Partner.Id == f.Key ? a : a with { Family = snapshot.Find(f.Key) }))
            .ToList();

    /// <summary>
    /// States and organisations (not their sub-bodies or our own offices) with no contact since the cut-off, as the
    /// reader sees it: a restricted contact they may not see must not make a partner look active.
    /// </summary>
    private static List<Partner> QuietPartners(PartnerSnapshot snapshot, IEnumerable<ContactFact> seen, DateTimeOffset since, DateTimeOffset until)
    {
        var active = seen.Where(f => f.Start >= since && f.Start < until).SelectMany(f => f.PartnerIds).ToHashSet(StringComparer.Ordinal);
        return snapshot.Partners
            .Where(p => p.Kind is not (PartnerKind.Institution or PartnerKind.LiaisonOffice) && !active.Contains(p.Id))
            .OrderBy(p => p.Name.En, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Contacts the reader may see per week and portfolio (a contact counts once, for its first known partner), in one pass.</summary>
    private static List<WeekCount> Chart(PartnerSnapshot snapshot, IReadOnlyList<ContactFact> seen, DateTimeOffset firstMonday, int weeks)
    {
        var counts = Enumerable.Range(0, weeks).Select(_ => Portfolios.ToDictionary(p => p, _ => 0)).ToList();
        var end = firstMonday.AddDays(7 * weeks);
        foreach (var fact in seen)
        {
            if (fact.Start >= firstMonday && fact.Start < end && fact.PartnerIds.Select(snapshot.Find).OfType<Partner>().FirstOrDefault() is { } partner)
            {
                counts[(int)((fact.Start - firstMonday).Ticks / TimeSpan.TicksPerDay / 7)][partner.Portfolio]++;
            }
        }

        return counts.Select((c, i) => new WeekCount(TableKeys.Week(firstMonday.AddDays(7 * i)), c)).ToList();
    }
}
