using Dre.Core.Briefings;

namespace Dre.Bot.Tests.Briefings;

/// <summary>When a briefing is due, in Paris time, across weekends and both clock changes.</summary>
public sealed class BriefingTimeTests
{
    private static readonly BriefingOptions Defaults = new();

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // A Tuesday meeting: Monday 16:00 (CET, +01:00).
    [InlineData("2026-12-08T10:00:00+01:00", "2026-12-07T16:00:00+01:00")]
    // A Monday meeting: the Friday before.
    [InlineData("2026-12-07T09:00:00+01:00", "2026-12-04T16:00:00+01:00")]
    // Monday after the spring change (29 March 2026): due on Friday at 16:00 CET, 15:00Z.
    [InlineData("2026-03-30T09:30:00+02:00", "2026-03-27T16:00:00+01:00")]
    // Monday after the autumn change (25 October 2026): due on Friday at 16:00 CEST, 14:00Z.
    [InlineData("2026-10-26T09:30:00+01:00", "2026-10-23T16:00:00+02:00")]
    // Just after midnight in Paris, still the previous day in UTC: Paris decides the day.
    [InlineData("2026-12-09T23:30:00Z", "2026-12-09T16:00:00+01:00")]
    public void TheBriefing_IsDueTheWorkingDayBefore_At1600InParis(string start, string due) =>
        Assert.Equal(At(due), BriefingTime.DueAt(At(start), Defaults));

    [Fact]
    public void TwoWorkingDaysBefore_SkipTheWeekend()
    {
        var options = new BriefingOptions { WorkingDaysBefore = 2, At = new TimeOnly(9, 0) };

        Assert.Equal(At("2026-12-03T09:00:00+01:00"), BriefingTime.DueAt(At("2026-12-07T10:00:00+01:00"), options));
    }

    [Fact]
    public void TheDueTime_NeverGoesBackAsTheStartGoesLater()
    {
        var start = At("2026-03-20T00:00:00Z");
        var previous = DateTimeOffset.MinValue;
        for (var i = 0; i < 24 * 4 * 21; i++, start = start.AddMinutes(15))
        {
            var due = BriefingTime.DueAt(start, Defaults);
            Assert.True(due >= previous, $"{start:o}: {due:o} < {previous:o}");
            Assert.True(due < start, $"{start:o}: due {due:o}");
            previous = due;
        }
    }
}
