using System.Runtime.CompilerServices;
using Dre.Core.Contacts;

namespace Dre.Core.Briefings;

/// <summary>The contacts whose briefing is due at an instant and that have not started: what one pass of the sender reads.</summary>
public static class DueBriefings
{
    /// <summary>
    /// Reads the week index by start from <paramref name="now"/> and stops at the first contact not yet due: the due
    /// time never decreases with the start, so nothing later can be due. A pass reads the coming day (or weekend), not
    /// the history.
    /// </summary>
    public static async IAsyncEnumerable<ContactSummary> ListAsync(
        IContactStore store, DateTimeOffset now, BriefingOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var contact in store.ListByPeriodAsync(now, now + BriefingTime.LongestLead, cancellationToken))
        {
            if (BriefingTime.DueAt(contact.Start, options) > now)
            {
                yield break;
            }

            if (contact.Start > now)
            {
                yield return contact;
            }
        }
    }
}
