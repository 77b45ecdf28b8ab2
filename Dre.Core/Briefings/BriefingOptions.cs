using System.ComponentModel.DataAnnotations;

namespace Dre.Core.Briefings;

/// <summary>When the people who logged a planned contact get its briefing in Teams.</summary>
public sealed class BriefingOptions
{
    public const string SectionName = "Briefings";

    /// <summary>Whether this instance sends briefings (every instance may: each briefing is claimed once).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many working days (Monday to Friday) before the contact's day, in Paris time.</summary>
    [Range(1, 5)]
    public int WorkingDaysBefore { get; set; } = 1;

    /// <summary>The time of day, in Paris, at which the briefing goes.</summary>
    public TimeOnly At { get; set; } = new(16, 0);

    /// <summary>How often the sender looks for briefings that came due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
