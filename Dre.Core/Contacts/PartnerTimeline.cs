using Dre.Core.Identity;
using Dre.Core.Visibility;

namespace Dre.Core.Contacts;

/// <summary>
/// What a partner's status shows of its contacts, materialized on every write: the newest that had started when it was
/// written and the soonest of those to come, restricted ones included with their audience, filtered per reader. Each
/// list has no gap: <see cref="Past"/> is exactly the newest of the partner's contacts up to its oldest entry, and
/// <see cref="Future"/> every contact between <see cref="WrittenAt"/> and its last entry; a list cut to its bound says so
/// (not complete), and a question it cannot answer whole is left to the index queries.
/// </summary>
/// <param name="Past">Started by <see cref="WrittenAt"/>, newest first.</param>
/// <param name="Future">Starting after <see cref="WrittenAt"/>, soonest first.</param>
public sealed record PartnerTimeline(
    IReadOnlyList<ContactSummary> Past,
    bool PastComplete,
    IReadOnlyList<ContactSummary> Future,
    bool FutureComplete,
    DateTimeOffset WrittenAt)
{
    /// <summary>How many of each list are kept: a status shows 5, and restricted entries and removals need some room.</summary>
    public const int Bound = 20;

    /// <summary>The newest contacts started before <paramref name="now"/> that the reader may see, or null when the row cannot tell them all.</summary>
    public IReadOnlyList<ContactSummary>? Latest(DateTimeOffset now, UserContext reader, int count)
    {
        if (!Covers(now))
        {
            return null;
        }

        var visible = Future.Where(c => c.Start < now).Reverse().Concat(Past).Where(c => VisibilityPolicy.MaySee(reader, c)).Take(count).ToList();
        return visible.Count == count || PastComplete ? visible : null;
    }

    /// <summary>The soonest contacts starting in [now, until) that the reader may see, or null when the row cannot tell them all.</summary>
    public IReadOnlyList<ContactSummary>? Planned(DateTimeOffset now, DateTimeOffset until, UserContext reader, int count)
    {
        if (!Covers(now))
        {
            return null;
        }

        var visible = Future.Where(c => c.Start >= now && c.Start < until && VisibilityPolicy.MaySee(reader, c)).Take(count).ToList();
        return visible.Count == count || FutureComplete || (Future.Count > 0 && Future[^1].Start >= until) ? visible : null;
    }

    /// <summary>An empty timeline: a partner with no contact yet.</summary>
    public static PartnerTimeline Empty(DateTimeOffset at) => new([], true, [], true, at);

    /// <summary>
    /// The timeline built from the partner's index rows: its newest rows started by <paramref name="at"/> (at most
    /// <see cref="Bound"/>, asked for one more to know whether there are others) and every row after it.
    /// </summary>
    public static PartnerTimeline Of(IReadOnlyList<ContactSummary> newestPast, IReadOnlyList<ContactSummary> future, DateTimeOffset at)
    {
        var soonest = future.OrderBy(c => c.Start).ThenBy(c => c.ContactId, StringComparer.Ordinal).ToList();
        return new(newestPast.Take(Bound).ToList(), newestPast.Count <= Bound, soonest.Take(Bound).ToList(), soonest.Count <= Bound, at);
    }

    /// <summary>
    /// The timeline once a contact's row of this partner is <paramref name="row"/> (null: it has none any more), at
    /// <paramref name="at"/>; null when what it holds no longer has the lists without a gap, for a rebuild from the index.
    /// </summary>
    public PartnerTimeline? With(string contactId, ContactSummary? row, DateTimeOffset at)
    {
        if (!Covers(at))
        {
            // Contacts that started since the last write, beyond the last future entry, are not all known.
            return null;
        }

        var entries = Past.Concat(Future).Where(c => c.ContactId != contactId).ToList();
        var past = entries.Where(c => c.Start <= at).OrderByDescending(c => c.Start).ThenBy(c => c.ContactId, StringComparer.Ordinal).ToList();
        var future = entries.Where(c => c.Start > at).OrderBy(c => c.Start).ThenBy(c => c.ContactId, StringComparer.Ordinal).ToList();
        var (pastComplete, futureComplete) = (PastComplete, FutureComplete);
        if (row is not null && row.Start <= at && (pastComplete || (past.Count > 0 && row.Start >= past[^1].Start)))
        {
            past.Insert(Position(past, row, newestFirst: true), row);
        }
        else if (row is not null && row.Start > at && (futureComplete || (future.Count > 0 && row.Start <= future[^1].Start)))
        {
            future.Insert(Position(future, row, newestFirst: false), row);
        }

        pastComplete &= past.Count <= Bound;
        futureComplete &= future.Count <= Bound;
        // Lists cut to their bound and thinned since by removals are built again, rather than send every status read to the index.
        return (!pastComplete && past.Count < Bound / 2) || (!futureComplete && future.Count < Bound / 2)
            ? null
            : new(past.Take(Bound).ToList(), pastComplete, future.Take(Bound).ToList(), futureComplete, at);
    }

    /// <summary>Whether the future list reaches <paramref name="at"/>: every contact started between the write and then is in it.</summary>
    private bool Covers(DateTimeOffset at) => FutureComplete || (Future.Count > 0 && Future[^1].Start >= at) || at <= WrittenAt;

    private static int Position(List<ContactSummary> list, ContactSummary row, bool newestFirst)
    {
        var index = list.FindIndex(c => newestFirst ? c.Start < row.Start : c.Start > row.Start);
        return index < 0 ? list.Count : index;
    }
}
