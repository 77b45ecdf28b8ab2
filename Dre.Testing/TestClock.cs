using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Testing;

/// <summary>
/// The instant every test takes as "now": fixed, so that a test asserts the same thing whatever day it runs on, and
/// set from <c>DRE_TEST_NOW</c> (ISO 8601 with an offset) when CI replays the date-sensitive suites on each day of a
/// week. Nothing in a test reads the machine's clock for what it asserts.
/// </summary>
public static class TestClock
{
    public const string Variable = "DRE_TEST_NOW";

    /// <summary>Thursday 26 November 2026, 10:00 in Paris: no week, day or digest slot boundary near it.</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(1));

    public static DateTimeOffset Now { get; } = Read(Environment.GetEnvironmentVariable(Variable));

    /// <summary>A clock that stays at <see cref="Now"/> until the test advances it.</summary>
    public static FakeTimeProvider Pinned() => new(Now);

    /// <summary>
    /// A clock that starts at <see cref="Now"/> and runs, for a whole service whose background loops wait on real
    /// timers (the outbox sender, the pacer): dates are those of the pinned instant, delays last what they say.
    /// </summary>
    public static TimeProvider Running() => new RunningClock(Now);

    public static DateTimeOffset Read(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? Default
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);

    private sealed class RunningClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
    }
}
