using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Tests.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dre.Core.Tests.Digest;

/// <summary>The readers the digest tests read a slot as, and their digests of it read from the store afresh.</summary>
internal static class SlotDigests
{
    public static readonly DigestSchedule Weekly = DigestSchedule.From(new DigestOptions(), DigestFrequency.Weekly);
    public static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
    public static readonly UserContext Staff = new("staff", "Someone Else", "someone@coe.int", new HashSet<Role> { Role.Staff });
    public static readonly UserContext Officer = new("officer", "DRE Officer", "officer@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });

    public static DigestSlotReader Reader(StoreInstance store) =>
        new(store.Contacts, store.Services.GetRequiredService<IPartnerDirectory>(), Options.Create(new DigestOptions()));

    /// <summary>Each reader's digest of the slot, read once for them all, with no slot cache kept from an earlier read.</summary>
    public static async Task<WeeklyDigest[]> ReadAsync(StoreInstance store, DateTimeOffset slot, IEnumerable<UserContext> readers)
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var builder = new DigestBuilder(new DigestSlotCache(Reader(store), new ContactWeekChanges(), cache), Options.Create(new DigestOptions()));
        var data = await builder.SlotAsync(Weekly, slot);
        return [.. readers.Select(r => builder.For(Weekly, data, r))];
    }
}
