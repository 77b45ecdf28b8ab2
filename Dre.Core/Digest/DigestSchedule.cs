using Cronos;

namespace Dre.Core.Digest;

/// <summary>The slots of one digest frequency: cron in a time zone, so that 08:00 stays 08:00 across daylight-saving changes.</summary>
public sealed class DigestSchedule(DigestFrequency frequency, CronExpression cron, TimeZoneInfo zone)
{
    public DigestFrequency Frequency { get; } = frequency;

    public TimeZoneInfo Zone { get; } = zone;

    public static DigestSchedule From(DigestOptions options, DigestFrequency frequency) => new(
        frequency,
        CronExpression.Parse(frequency == DigestFrequency.Weekly ? options.WeeklySchedule : options.DailySchedule),
        TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => cron.GetNextOccurrence(instant, Zone);

    /// <summary>The most recent slot at or before now: the one a service that was down at slot time still owes.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset instant) =>
        cron.GetOccurrences(instant.AddDays(-8), instant, Zone, fromInclusive: true, toInclusive: true).Cast<DateTimeOffset?>().LastOrDefault();

    /// <summary>What a slot reports on: the whole local days before it, one week or one day, midnight to midnight in the zone.</summary>
    public (DateTimeOffset From, DateTimeOffset To) PeriodOf(DateTimeOffset slot)
    {
        var localDay = TimeZoneInfo.ConvertTime(slot, Zone).Date;
        var days = Frequency == DigestFrequency.Weekly ? 7 : 1;
        return (LocalMidnight(localDay.AddDays(-days)), LocalMidnight(localDay));
    }

    public string SlotKey(DateTimeOffset slot) => $"{Frequency.ToString().ToLowerInvariant()}-{slot.UtcDateTime:yyyyMMddTHHmm}Z";

    private DateTimeOffset LocalMidnight(DateTime day) => new(day, Zone.GetUtcOffset(day));
}
