namespace Dre.Core.Localization;

/// <summary>The directorate works in Strasbourg: periods ("this week", "today") and shown dates are in Europe/Paris.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToParis(now).DateTime);

    /// <summary>Midnight at the start of <paramref name="day"/> in Paris, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // A time skipped by the spring change does not exist: take the instant an hour later.
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
