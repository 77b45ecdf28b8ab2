namespace Dre.Bot.Notifications;

public enum DeliveryFailure
{
    /// <summary>429: Teams asks the bot to slow down, often with a Retry-After.</summary>
    Throttled,

    /// <summary>412, 5xx, a timeout or a broken connection: worth trying again later.</summary>
    Transient,

    /// <summary>403 or 404: the bot was removed, or the conversation is gone. Trying again will not help.</summary>
    Gone,
}

/// <summary>A proactive message that did not reach Teams, classified by what the sender should do about it.</summary>
public sealed class DeliveryException(DeliveryFailure failure, int? status, TimeSpan? retryAfter, Exception? inner)
    : Exception($"Teams did not take the message ({failure}{(status is { } s ? $", HTTP {s}" : "")}).", inner)
{
    public DeliveryFailure Failure { get; } = failure;
    public int? Status { get; } = status;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Why a conversation is no longer posted to, as the channel directory records it.</summary>
    public string GoneReason => $"Teams answered {Status}";
}
