namespace Dre.Bot.Notifications;

public static class RetryDelay
{
    /// <summary>
    /// Exponential backoff with jitter (between half and all of the doubled delay), so that many rows failing together do
    /// not come back together; never shorter than what Teams asked for with Retry-After.
    /// </summary>
    public static TimeSpan For(int attempts, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter = null)
    {
        var doubled = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts, 20));
        var capped = Math.Min(doubled, maxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}
