using Dre.Core.Digest;

namespace Dre.Bot.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static readonly DigestSchedule Weekly = DigestSchedule.From(new DigestOptions(), DigestFrequency.Weekly);

    [Fact]
    public void NextAfter_AcrossTheSpringChange_StaysAtEightParisTime()
    {
        // Summer time starts on Sunday 29 March 2026: Monday 30 March 08:00 is 06:00 UTC, a week earlier it was 07:00.
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 7, 0, 0, TimeSpan.Zero), Weekly.NextAfter(new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero), Weekly.NextAfter(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void PeriodOf_TheWeekWithTheAutumnChange_RunsFromLocalMidnightToLocalMidnight()
    {
        // Winter time starts on Sunday 25 October 2026, so that week is 169 hours long.
        var slot = new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.FromHours(1));

        var (from, to) = Weekly.PeriodOf(slot);

        Assert.Equal(new DateTimeOffset(2026, 10, 19, 0, 0, 0, TimeSpan.FromHours(2)), from);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.FromHours(1)), to);
        Assert.Equal(TimeSpan.FromHours(169), to - from);
    }

    [Fact]
    public void LatestAtOrBefore_OnTuesday_IsMondaysSlot()
    {
        var tuesday = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(1)), Weekly.LatestAtOrBefore(tuesday));
    }

    [Fact]
    public void SlotKey_NamesFrequencyAndUtcInstant()
    {
        Assert.Equal("weekly-20261123T0700Z", Weekly.SlotKey(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Options_WithABadCronOrZone_FailValidationNamingTheSetting()
    {
        var options = new DigestOptions { WeeklySchedule = "every monday", TimeZone = "Mars/Olympus" };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(e => e.ErrorMessage).ToList();

        Assert.Contains(errors, e => e!.Contains("Digest:WeeklySchedule", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.Contains("Digest:TimeZone", StringComparison.Ordinal));
    }
}
