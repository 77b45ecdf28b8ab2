using Dre.Core.Localization;

namespace Dre.Core.Briefings;

/// <summary>
/// When a contact's briefing is due: the configured working day before its day, at the configured Paris time. The due
/// time never decreases as the start moves later, so that the sender can read contacts by start and stop at the first
/// one not yet due.
/// </summary>
public static class BriefingTime
{
    /// <summary>The furthest ahead a briefing can be due: five working days and the weekends between them.</summary>
    public static readonly TimeSpan LongestLead = TimeSpan.FromDays(10);

    public static DateTimeOffset DueAt(DateTimeOffset start, BriefingOptions options)
    {
        var day = ParisTime.Today(start);
        for (var left = options.WorkingDaysBefore; left > 0;)
        {
            day = day.AddDays(-1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        // Paris time on that day, whatever its offset (the spring and autumn changes fall on Sundays between).
        return ParisTime.At(day, options.At);
    }

    /// <summary>Whether the briefing of a contact starting at <paramref name="start"/> is to go at <paramref name="now"/>.</summary>
    public static bool IsDue(DateTimeOffset start, DateTimeOffset now, BriefingOptions options) => now < start && DueAt(start, options) <= now;
}
