using Dre.Core.Identity;
using Dre.Core.Visibility;

namespace Dre.Core.FollowUps;

/// <summary>
/// A partner's open follow-ups as its status shows them, the soonest due first, materialized on every write: restricted
/// ones included with their audience, filtered per reader. The list has no gap: it is exactly the partner's first open
/// follow-ups in due order down to its last entry; cut to its bound, it says so (not complete), and a question it
/// cannot answer whole is left to the index query.
/// </summary>
/// <param name="Entries">Each with its row key in the partner's follow-up partition (due date, contact, follow-up), in key order.</param>
public sealed record PartnerFollowUps(IReadOnlyList<PartnerFollowUps.Entry> Entries, bool Complete)
{
    /// <summary>How many are kept: a status shows 10, and restricted entries and removals need some room.</summary>
    public const int Bound = 30;

    public sealed record Entry(string RowKey, OpenFollowUp FollowUp);

    /// <summary>The first open follow-ups the reader may see, or null when the list cannot tell them all.</summary>
    public IReadOnlyList<OpenFollowUp>? Visible(UserContext reader, int count)
    {
        var visible = Entries.Select(e => e.FollowUp).Where(f => VisibilityPolicy.MaySee(reader, f)).Take(count).ToList();
        return visible.Count == count || Complete ? visible : null;
    }

    /// <summary>The list built from the partition's first rows, one more than kept asked for, to know whether there are others.</summary>
    public static PartnerFollowUps Of(IReadOnlyList<Entry> first) => new(first.Take(Bound).ToList(), first.Count <= Bound);

    /// <summary>
    /// The list once a contact's rows in the partner's partition are <paramref name="rows"/>; null when what it holds no
    /// longer has the list without a gap (cut to its bound, then thinned below half of it), for a rebuild from the index.
    /// </summary>
    public PartnerFollowUps? With(string contactId, IEnumerable<Entry> rows)
    {
        var entries = Entries.Where(e => e.FollowUp.ContactId != contactId).ToList();
        // Beyond the last entry kept, the list does not know the partition: a row there would open a gap.
        var last = entries.Count > 0 ? entries[^1].RowKey : null;
        entries.AddRange(rows.Where(row => Complete || (last is not null && string.CompareOrdinal(row.RowKey, last) < 0)));

        entries.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        var complete = Complete && entries.Count <= Bound;
        return !complete && entries.Count < Bound / 2 ? null : new(entries.Take(Bound).ToList(), complete);
    }
}
