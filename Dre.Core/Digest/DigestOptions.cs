using System.ComponentModel.DataAnnotations;
using Cronos;

namespace Dre.Core.Digest;

public sealed class DigestOptions : IValidatableObject
{
    public const string SectionName = "Digest";

    /// <summary>When the weekly digest goes out, as a five-field cron expression in <see cref="TimeZone"/>.</summary>
    public string WeeklySchedule { get; set; } = "0 8 * * 1";

    /// <summary>When the daily digest goes out to those who asked for it.</summary>
    public string DailySchedule { get; set; } = "0 8 * * 1-5";

    public string TimeZone { get; set; } = "Europe/Paris";

    [Range(1, 52)]
    public int QuietAfterWeeks { get; set; } = 8;

    /// <summary>Two MAEs meeting one partner within this many days is an overlap worth a word.</summary>
    [Range(1, 90)]
    public int OverlapWindowDays { get; set; } = 14;

    [Range(2, 26)]
    public int ChartWeeks { get; set; } = 8;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(WeeklySchedule), WeeklySchedule), (nameof(DailySchedule), DailySchedule) })
        {
            if (!CronExpression.TryParse(value, out _))
            {
                yield return new ValidationResult($"Digest:{name} is not a five-field cron expression.", [name]);
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Digest:TimeZone '{TimeZone}' is not a known time zone.", [nameof(TimeZone)]);
        }
    }
}
