using Dre.Core.Identity;
using Dre.Core.Visibility;

namespace Dre.Core.Contacts;

/// <summary>
/// The contacts with any of several partners in a period (a partner and the bodies below it, a portfolio), as a reader
/// may see them: one range query per partner, side by side, each contact once however many of them it names.
/// </summary>
public static class PartnerSetReads
{
    /// <param name="eachAtMost">How many of each partner's contacts are wanted at most (the newest first); null for all.</param>
    public static async Task<IReadOnlyList<ContactSummary>> ListAsync(
        IContactStore store, IEnumerable<string> partnerIds, DateTimeOffset from, DateTimeOffset to, UserContext reader, int? eachAtMost,
        CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(partnerIds.Distinct(StringComparer.Ordinal).Select(id =>
        {
            // A few rows more than wanted, for those the reader may not see.
            var visible = store.ListByPartnerAsync(id, from, to, eachAtMost + 5, cancellationToken).Where(c => VisibilityPolicy.MaySee(reader, c));
            return (eachAtMost is { } most ? visible.Take(most) : visible).ToListAsync(cancellationToken).AsTask();
        }));
        return lists.SelectMany(l => l).DistinctBy(c => c.ContactId).ToList();
    }
}
