using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace Dre.Core.Contacts;

/// <summary>
/// Tells this process's caches that a contact write changed a week's rows (or the dated follow-ups), so that what was
/// built from them is built again. Other instances' writes are not seen here: their caches expire instead.
/// </summary>
public sealed class ContactWeekChanges
{
    /// <summary>The pseudo-week of the <c>due</c> follow-ups partition: an overdue list depends on every week.</summary>
    public const string DueFollowUps = "due";

    private readonly ConcurrentDictionary<string, CancellationTokenSource> _sources = new(StringComparer.Ordinal);

    public IChangeToken Watch(string week) => new CancellationChangeToken(_sources.GetOrAdd(week, _ => new CancellationTokenSource()).Token);

    public void Changed(IEnumerable<string> weeks)
    {
        foreach (var week in weeks.Distinct(StringComparer.Ordinal))
        {
            // Not disposed: a reader may have just taken its token, which must then read as changed, not throw.
            if (_sources.TryRemove(week, out var source))
            {
                source.Cancel();
            }
        }
    }
}
