using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dre.Core.Storage;

/// <summary>Row and partition keys: what Table Storage forbids in them, and the orderings the readers rely on.</summary>
public static class TableKeys
{
    public const int MaxLength = 512;

    /// <summary>Characters Table Storage refuses in PartitionKey and RowKey.</summary>
    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength }
        && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    /// <summary>Row keys that sort newest first, so a partner's latest contacts are the first rows of its partition.</summary>
    public static string NewestFirst(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public static string OldestFirst(DateTimeOffset at) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The ISO week partition ("2026-W48") of an instant, in UTC.</summary>
    public static string Week(DateTimeOffset at)
    {
        var day = at.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    /// <summary>The Monday 00:00 UTC that starts a week partition ("2026-W48").</summary>
    public static DateTimeOffset MondayOfWeek(string week) => new(
        ISOWeek.ToDateTime(int.Parse(week.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(week.AsSpan(6), CultureInfo.InvariantCulture), DayOfWeek.Monday),
        TimeSpan.Zero);

    /// <summary>Every week partition that an interval touches, in order.</summary>
    public static IEnumerable<string> Weeks(DateTimeOffset from, DateTimeOffset toExclusive)
    {
        var monday = ISOWeek.ToDateTime(ISOWeek.GetYear(from.UtcDateTime), ISOWeek.GetWeekOfYear(from.UtcDateTime), DayOfWeek.Monday);
        var lastMonday = DateTimeOffset.MaxValue.AddDays(-7);
        for (var week = new DateTimeOffset(monday, TimeSpan.Zero); week < toExclusive; week = week.AddDays(7))
        {
            yield return Week(week);
            if (week > lastMonday)
            {
                // The last week of the calendar: the next Monday does not exist, and AddDays would throw.
                yield break;
            }
        }
    }

    /// <summary>A fixed-length key for free text (a meeting's iCalendar UID, a message id) that may hold forbidden characters.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
}
