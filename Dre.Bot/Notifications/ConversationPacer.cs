using System.Collections.Concurrent;

namespace Dre.Bot.Notifications;

/// <summary>
/// Keeps the bot within the rates Teams documents per bot and conversation (7 messages a second, 8 in two seconds, 60 in
/// thirty, 1,800 in an hour): a send waits a moment for its turn rather than drawing a 429, and a conversation busy for
/// longer is skipped for now rather than holding up the others.
/// </summary>
public sealed class ConversationPacer(TimeProvider time)
{
    private static readonly (int Count, TimeSpan Window)[] Limits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1_800, TimeSpan.FromHours(1)),
    ];

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heldUntil = new(StringComparer.Ordinal);

    /// <summary>Teams answered 429 for this conversation: nothing more goes to it before the time it asked for.</summary>
    public void Hold(string conversationId, TimeSpan duration) =>
        _heldUntil.AddOrUpdate(conversationId, time.GetUtcNow() + duration, (_, until) => until > time.GetUtcNow() + duration ? until : time.GetUtcNow() + duration);

    /// <summary>
    /// Takes this conversation's next turn, waiting for it up to <paramref name="maxWait"/>. Returns zero once the turn is
    /// taken, or, without taking it, how long the conversation is still busy: the caller then sends to others meanwhile.
    /// </summary>
    public async Task<TimeSpan> WaitTurnAsync(string conversationId, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var sent = _sent.GetOrAdd(conversationId, _ => new Queue<DateTimeOffset>());
        while (true)
        {
            TimeSpan wait;
            lock (sent)
            {
                var now = time.GetUtcNow();
                wait = DelayBefore(sent, now);
                if (_heldUntil.TryGetValue(conversationId, out var until) && until - now > wait)
                {
                    wait = until - now;
                }

                if (wait <= TimeSpan.Zero)
                {
                    sent.Enqueue(now);
                    return TimeSpan.Zero;
                }
            }

            if (wait > maxWait)
            {
                return wait;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>How long until one more message fits every window; the queue keeps the last hour's sends.</summary>
    internal static TimeSpan DelayBefore(Queue<DateTimeOffset> sent, DateTimeOffset now)
    {
        while (sent.Count > 0 && now - sent.Peek() >= Limits[^1].Window)
        {
            sent.Dequeue();
        }

        var wait = TimeSpan.Zero;
        var times = sent.ToArray();
        foreach (var (count, window) in Limits)
        {
            if (times.Length >= count)
            {
                // The send that would fall out of the window when this one goes.
                var oldestInWindow = times[^count];
                var free = oldestInWindow + window - now;
                if (free > wait)
                {
                    wait = free;
                }
            }
        }

        return wait;
    }
}
