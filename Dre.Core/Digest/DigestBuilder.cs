using Dre.Core.Visibility;
using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Microsoft.Extensions.Options;

namespace Dre.Core.Digest;

/// <summary>
/// Builds a digest from the index tables: the period's week partitions, the next period's, the open follow-ups of the
/// partners that were active, and one narrow count per chart week. No read scans history.
/// </summary>
public sealed class DigestBuilder(IContactStore store, IPartnerDirectory directory, IOptions<DigestOptions> options)
{
    private const int MaxPerList = 50;
    private static readonly Portfolio[] Portfolios = Enum.GetValues<Portfolio>();

    public async Task<WeeklyDigest> BuildAsync(DigestSchedule schedule, DateTimeOffset slot, UserContext reader, CancellationToken cancellationToken = default)
    {
        var (from, to) = schedule.PeriodOf(slot);
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var o = options.Value;

        var period = await store.ListByPeriodAsync(from, to, cancellationToken).ToListAsync(cancellationToken);
        var visible = period.Where(c => VisibilityPolicy.MaySee(reader, c)).ToList();
        var planned = await store.ListByPeriodAsync(to, to + (to - from), cancellationToken)
            .Where(c => VisibilityPolicy.MaySee(reader, c)).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot, schedule.Zone).Date);
        var overdue = await store.ListOpenFollowUpsAsync(FollowUpKeys.Due, FollowUpKeys.DueKey(today), cancellationToken: cancellationToken)
            .Where(f => VisibilityPolicy.MaySee(reader, f)).Take(MaxPerList * Portfolios.Length).ToListAsync(cancellationToken);
        var activePartners = visible.SelectMany(c => c.PartnerIds).ToHashSet(StringComparer.Ordinal);
        var newFollowUps = await NewFollowUpsAsync(activePartners, from, to, reader, cancellationToken);
        var quiet = await QuietPartnersAsync(snapshot, slot - TimeSpan.FromDays(7 * o.QuietAfterWeeks), slot, reader, cancellationToken);
        var overlaps = OverlapFinder.Find(visible.Concat(planned), TimeSpan.FromDays(o.OverlapWindowDays)).ToList();
        var chart = await ChartAsync(snapshot, slot, o.ChartWeeks, cancellationToken);

        Portfolio? PortfolioOf(IEnumerable<string> partnerIds) => partnerIds.Select(snapshot.Find).OfType<Partner>().FirstOrDefault()?.Portfolio;

        var sections = Portfolios.Select(portfolio => new PortfolioDigest(
                portfolio,
                visible.SelectMany(c => c.PartnerIds.Select(id => (Id: id, Contact: c)))
                    .Where(x => snapshot.Find(x.Id)?.Portfolio == portfolio)
                    .GroupBy(x => x.Id)
                    .Select(g => new PartnerActivity(snapshot.Find(g.Key)!, g.Select(x => x.Contact).OrderBy(c => c.Start).ToList()))
                    .OrderByDescending(a => a.Contacts.Count).ThenBy(a => a.Partner.Name.En, StringComparer.Ordinal)
                    .ToList(),
                overlaps.Where(x => snapshot.Find(x.PartnerId)?.Portfolio == portfolio)
                    .Select(x => new Overlap(snapshot.Find(x.PartnerId)!, x.First, x.Second)).Take(MaxPerList).ToList(),
                newFollowUps.Where(f => PortfolioOf(f.PartnerIds) == portfolio).Take(MaxPerList).ToList(),
                overdue.Where(f => PortfolioOf(f.PartnerIds) == portfolio).Take(MaxPerList).ToList(),
                planned.Where(c => PortfolioOf(c.PartnerIds) == portfolio).Take(MaxPerList).ToList(),
                quiet.Where(p => p.Portfolio == portfolio).ToList()))
            .ToList();

        // Nothing says how many restricted contacts the reader does not see: a count is a disclosure too.
        return new WeeklyDigest(schedule.Frequency, from, to, sections, chart, o.QuietAfterWeeks);
    }

    /// <summary>The open follow-ups of the partners active in the period, from contacts of the period: one partition query per partner, 8 at a time.</summary>
    private async Task<List<OpenFollowUp>> NewFollowUpsAsync(IEnumerable<string> partnerIds, DateTimeOffset from, DateTimeOffset to, UserContext reader, CancellationToken cancellationToken)
    {
        var found = new System.Collections.Concurrent.ConcurrentBag<OpenFollowUp>();
        await Parallel.ForEachAsync(partnerIds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (partnerId, ct) =>
        {
            await foreach (var followUp in store.ListOpenFollowUpsAsync(FollowUpKeys.Partner(partnerId), cancellationToken: ct))
            {
                if (followUp.ContactStart >= from && followUp.ContactStart < to && VisibilityPolicy.MaySee(reader, followUp))
                {
                    found.Add(followUp);
                }
            }
        });
        return found.DistinctBy(f => (f.ContactId, f.FollowUpId)).OrderBy(f => f.ContactStart).ThenBy(f => f.FollowUpId, StringComparer.Ordinal).ToList();
    }

    /// <summary>States and organisations (not their sub-bodies or our own offices) with no contact since the cut-off: one short query each.</summary>
    private async Task<List<Partner>> QuietPartnersAsync(PartnerSnapshot snapshot, DateTimeOffset since, DateTimeOffset until, UserContext reader, CancellationToken cancellationToken)
    {
        var candidates = snapshot.Partners.Where(p => p.Kind is not (PartnerKind.Institution or PartnerKind.LiaisonOffice)).ToList();
        var quiet = new System.Collections.Concurrent.ConcurrentBag<Partner>();
        await Parallel.ForEachAsync(candidates, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (partner, ct) =>
        {
            // Quiet as the reader sees it: a restricted contact they may not see must not make a partner look active.
            if (!await store.ListByPartnerAsync(partner.Id, since, until, pageSize: 5, cancellationToken: ct).AnyAsync(c => VisibilityPolicy.MaySee(reader, c), ct))
            {
                quiet.Add(partner);
            }
        });
        return quiet.OrderBy(p => p.Name.En, StringComparer.Ordinal).ToList();
    }

    private async Task<List<WeekCount>> ChartAsync(PartnerSnapshot snapshot, DateTimeOffset slot, int weeks, CancellationToken cancellationToken)
    {
        var chart = new List<WeekCount>();
        var thisMonday = slot.UtcDateTime.Date.AddDays(-(((int)slot.UtcDateTime.DayOfWeek + 6) % 7));
        for (var i = weeks; i >= 1; i--)
        {
            var start = new DateTimeOffset(thisMonday.AddDays(-7 * i), TimeSpan.Zero);
            var counts = Portfolios.ToDictionary(p => p, _ => 0);
            await foreach (var partnerIds in store.ListPartnerIdsByPeriodAsync(start, start.AddDays(7), cancellationToken))
            {
                if (partnerIds.Select(snapshot.Find).OfType<Partner>().FirstOrDefault() is { } partner)
                {
                    counts[partner.Portfolio]++;
                }
            }

            chart.Add(new WeekCount(TableKeys.Week(start), counts));
        }

        return chart;
    }
}
