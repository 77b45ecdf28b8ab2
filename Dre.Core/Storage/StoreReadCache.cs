using Microsoft.Extensions.Caching.Memory;

namespace Dre.Core.Storage;

/// <summary>
/// Short-lived copies of small, rarely changed reads that every bot turn or card makes (channels, routes, a member's
/// addresses). A write on this instance removes its entry at once; another instance's write is seen within
/// <see cref="Lifetime"/>. Failed reads are never kept.
/// </summary>
public sealed class StoreReadCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    // Bumped by every removal: a read that started before a write may not store what it read.
    private long _generation;

    /// <param name="key">Names what is read and everything it depends on (for a person's data: the conversation and the person).</param>
    public async Task<T> GetAsync<T>(object key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out T? cached))
        {
            return cached!;
        }

        var generation = Interlocked.Read(ref _generation);
        var value = await read(cancellationToken);
        if (Interlocked.Read(ref _generation) == generation)
        {
            cache.Set(key, value, Lifetime);
        }

        return value;
    }

    public void Remove(object key)
    {
        Interlocked.Increment(ref _generation);
        cache.Remove(key);
    }
}
