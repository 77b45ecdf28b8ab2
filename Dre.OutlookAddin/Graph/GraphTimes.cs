using Microsoft.Graph.Models;

namespace Dre.OutlookAddin.Graph;

/// <summary>Graph gives event times as a wall-clock time and a zone name (UTC unless asked otherwise).</summary>
internal static class GraphTimes
{
    public static DateTimeOffset? ToDateTimeOffset(DateTimeTimeZone? time)
    {
        if (time?.DateTime is not { Length: > 0 } text
            || !DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var wallClock))
        {
            return null;
        }

        var zone = string.IsNullOrEmpty(time.TimeZone) || string.Equals(time.TimeZone, "UTC", StringComparison.OrdinalIgnoreCase)
            ? TimeZoneInfo.Utc
            : TimeZoneInfo.FindSystemTimeZoneById(time.TimeZone);
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
