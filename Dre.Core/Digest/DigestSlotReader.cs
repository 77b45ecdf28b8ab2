using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Partners;
using Microsoft.Extensions.Options;

namespace Dre.Core.Digest;

/// <summary>
/// Reads a slot's <see cref="DigestSlot"/> in one stage of concurrent reads whatever the number of partners: the weeks
/// before the period (chart, quiet partners) as their facts rows, one point read each; from the period's start to the
/// end of the next period, one query per ISO week, rows whole; and one query for the overdue follow-ups. With the
/// defaults, a weekly slot makes four queries and seven point reads.
/// </summary>
public sealed class DigestSlotReader(IContactStore store, IPartnerDirectory directory, IOptions<DigestOptions> options)
{
    /// <summary>
    /// What a slot reads of each week partition, as the instants it covers and whether its rows are read whole (from the
    /// period's start) or only its facts (before it); the week of the period's start is read both ways, either side of it.
    /// </summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset To, bool Whole)> WeeksOf(DigestSchedule schedule, DateTimeOffset slot)
    {
        var (from, _, windowStart, plannedTo) = Window(schedule, slot);
        var weeks = new List<(DateTimeOffset, DateTimeOffset, bool)>();
        for (var monday = MondayOf(windowStart); monday < plannedTo; monday = monday.AddDays(7))
        {
            var (start, end) = (Max(monday, windowStart), Min(monday.AddDays(7), plannedTo));
            if (start < from)
            {
                weeks.Add((start, Min(end, from), false));
            }

            if (end > from)
            {
                weeks.Add((Max(start, from), end, true));
            }
        }

        return weeks;
    }

    public async Task<DigestSlot> ReadAsync(DigestSchedule schedule, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var (from, to, windowStart, _) = Window(schedule, slot);
        var weeks = WeeksOf(schedule, slot);
        var whole = weeks.Where(w => w.Whole).Select(w => store.ListWeekAsync(w.From, w.To, cancellationToken).ToListAsync(cancellationToken).AsTask()).ToList();
        var narrow = weeks.Where(w => !w.Whole).Select(w => store.ListWeekFactsAsync(w.From, w.To, cancellationToken).ToListAsync(cancellationToken).AsTask()).ToList();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot, schedule.Zone).Date);
        var overdue = store.ListOpenFollowUpsAsync(FollowUpKeys.Due, FollowUpKeys.DueKey(today), cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();
        var snapshot = directory.GetSnapshotAsync(cancellationToken).AsTask();
        await Task.WhenAll([.. whole, .. narrow, overdue, snapshot]);

        var contacts = whole.SelectMany(t => t.Result).ToList();
        var facts = narrow.SelectMany(t => t.Result).Concat(contacts.Select(c => ContactFact.Of(c.Summary))).ToList();
        return new DigestSlot(slot, from, to, windowStart, await snapshot, contacts, facts, await overdue);
    }

    /// <summary>From the earliest instant the chart or the quiet partners look at to the end of the next period.</summary>
    private (DateTimeOffset From, DateTimeOffset To, DateTimeOffset WindowStart, DateTimeOffset PlannedTo) Window(DigestSchedule schedule, DateTimeOffset slot)
    {
        var (from, to) = schedule.PeriodOf(slot);
        var o = options.Value;
        var windowStart = Min(Min(from, QuietSince(slot, o)), ChartStart(slot, o));
        return (from, to, windowStart, Max(slot, to + (to - from)));
    }

    public static DateTimeOffset QuietSince(DateTimeOffset slot, DigestOptions options) => slot - TimeSpan.FromDays(7 * options.QuietAfterWeeks);

    /// <summary>The Monday (UTC) of the chart's first week: it shows the whole weeks before the slot's.</summary>
    public static DateTimeOffset ChartStart(DateTimeOffset slot, DigestOptions options) => MondayOf(slot).AddDays(-7 * options.ChartWeeks);

    /// <summary>The start of an instant's ISO week partition (weeks are cut in UTC).</summary>
    public static DateTimeOffset MondayOf(DateTimeOffset at)
    {
        var day = at.UtcDateTime.Date;
        return new DateTimeOffset(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), TimeSpan.Zero);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
