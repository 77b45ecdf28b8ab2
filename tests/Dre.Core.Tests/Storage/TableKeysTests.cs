using Dre.Core.Storage;

namespace Dre.Core.Tests.Storage;

/// <summary>The week partitions of a period, out to the ends of the calendar, where the next Monday does not exist.</summary>
public sealed class TableKeysTests
{
    [Fact]
    public void Weeks_OfTheCalendarsLastDays_EndWithItsLastWeek()
    {
        var weeks = TableKeys.Weeks(new DateTimeOffset(9999, 12, 15, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MaxValue).ToList();

        Assert.Equal(["9999-W50", "9999-W51", "9999-W52"], weeks);
    }

    [Fact]
    public void Weeks_OfTheCalendarsFirstDays_StartWithItsFirstWeek()
    {
        var weeks = TableKeys.Weeks(DateTimeOffset.MinValue, DateTimeOffset.MinValue.AddDays(8)).ToList();

        Assert.Equal(["1-W01", "1-W02"], weeks);
    }

    [Fact]
    public void Weeks_OfAPeriod_AreEachWeekItTouches()
    {
        var thursday = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(["2026-W48", "2026-W49"], TableKeys.Weeks(thursday, thursday.AddDays(7)));
    }
}
