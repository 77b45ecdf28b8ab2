using Dre.Core.Contacts;
using Dre.Core.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Dre.Core.Digest;

/// <summary>
/// A slot's <see cref="DigestSlot"/> read once and kept for previews, charts and the slot's run, until a contact write
/// on this instance changes one of its weeks (or the dated follow-ups). A write on another instance is not seen here:
/// the entry lives at most <see cref="Lifetime"/>, so previews there catch up within it.
/// </summary>
public sealed class DigestSlotCache(DigestSlotReader reader, ContactWeekChanges changes, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private int _reads;

    /// <summary>How many slots were read from the store (not served from the cache) by this instance.</summary>
    public int Reads => _reads;

    public async Task<DigestSlot> GetAsync(DigestSchedule schedule, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var key = (nameof(DigestSlot), schedule.SlotKey(slot));
        if (cache.TryGetValue(key, out Task<DigestSlot>? cached) && cached is not null)
        {
            return await Awaited(key, cached);
        }

        // Watched before reading: a write landing while the read runs must evict what the read returns.
        var tokens = reader.WeeksOf(schedule, slot).Select(w => TableKeys.Week(w.From)).Distinct(StringComparer.Ordinal).Append(ContactWeekChanges.DueFollowUps).Select(changes.Watch).ToList();
        Interlocked.Increment(ref _reads);
        var read = reader.ReadAsync(schedule, slot, cancellationToken);
        using (var entry = cache.CreateEntry(key))
        {
            entry.Value = read;
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            foreach (var token in tokens)
            {
                entry.ExpirationTokens.Add(token);
            }
        }

        return await Awaited(key, read);
    }

    private async Task<DigestSlot> Awaited(object key, Task<DigestSlot> read)
    {
        try
        {
            return await read;
        }
        catch
        {
            // A failed or cancelled read is not kept: the next caller reads again.
            cache.Remove(key);
            throw;
        }
    }
}
