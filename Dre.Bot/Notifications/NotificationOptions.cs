using System.ComponentModel.DataAnnotations;

namespace Dre.Bot.Notifications;

/// <summary>How channel summaries, coordination alerts and digests go out.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Off only for hosts that must not send anything on their own (the API's functional tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the sender looks for new outbox rows when it has nothing left to send.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 100)]
    public int BatchSize { get; set; } = 8;

    /// <summary>How long a claimed row is this instance's: longer than one send takes, or another instance would send it too.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first retry's delay; each further attempt doubles it, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a call to the Bot Connector may take before it counts as a transient failure and is retried later.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a restricted contact shows in its channel as "a restricted contact was logged by X" (never its content).</summary>
    public bool RestrictedNotice { get; set; } = true;

    /// <summary>Two MAEs in contact with one partner within this many days get a coordination alert.</summary>
    [Range(1, 90)]
    public int AlertWindowDays { get; set; } = 14;
}
