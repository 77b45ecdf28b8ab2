namespace Dre.Bot.Notifications;

/// <summary>What happened to one proactive post, as the sender needs to act on it.</summary>
public sealed record PostOutcome(PostStatus Status, string? ActivityId = null, TimeSpan? RetryAfter = null)
{
    public static PostOutcome Sent(string? activityId) => new(PostStatus.Sent, activityId);
}

public enum PostStatus
{
    Sent,

    /// <summary>429: Teams asks us to slow down; try again after RetryAfter.</summary>
    Throttled,

    /// <summary>412, 502, 504, a timeout: worth another try with backoff.</summary>
    Transient,

    /// <summary>403 or 404: the bot was removed, or the channel or conversation is gone.</summary>
    Gone,
}
