using Dre.Core.Contacts;

namespace Dre.Core.Digest;

public static class OverlapFinder
{
    /// <summary>
    /// Pairs of contacts with the same partner, or with partners of one family when <paramref name="familyOf"/> says
    /// which (the pair then comes with the family's id), within the window, whose CoE sides share no MAE. Contacts without
    /// a known MAE are left out: an overlap claimed on a guess would be noise.
    /// </summary>
    public static IEnumerable<(string PartnerId, ContactSummary First, ContactSummary Second)> Find(
        IEnumerable<ContactSummary> contacts, TimeSpan window, Func<string, string>? familyOf = null)
    {
        var byPartner = contacts
            .SelectMany(c => c.PartnerIds.Select(p => familyOf?.Invoke(p) ?? p).Distinct(StringComparer.Ordinal).Select(p => (PartnerId: p, Contact: c)))
            .GroupBy(x => x.PartnerId, x => x.Contact);
        foreach (var group in byPartner)
        {
            // Each contact's MAEs once, and an id per distinct set: a digest's week compares thousands of pairs, and two
            // contacts with the same MAEs (most pairs) share one, which no set comparison is needed to tell.
            var ordered = group.DistinctBy(c => c.ContactId).Select(c => (Contact: c, Maes: MaesOf(c))).Where(x => x.Maes.Count > 0).OrderBy(x => x.Contact.Start).ToList();
            var sets = new Dictionary<string, int>(StringComparer.Ordinal);
            var setIds = ordered.Select(x => SetId(sets, x.Maes)).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count && ordered[j].Contact.Start - ordered[i].Contact.Start <= window; j++)
                {
                    if (setIds[i] != setIds[j] && !ordered[i].Maes.Overlaps(ordered[j].Maes))
                    {
                        yield return (group.Key, ordered[i].Contact, ordered[j].Contact);
                    }
                }
            }
        }
    }

    private static HashSet<string> MaesOf(ContactSummary contact) =>
        contact.CoeParticipants.Select(p => p.Mae).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same id for sets equal as <see cref="StringComparer.OrdinalIgnoreCase"/> compares (upper-cased, ordered).</summary>
    private static int SetId(Dictionary<string, int> sets, HashSet<string> maes)
    {
        var key = string.Join('\n', maes.Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal));
        if (!sets.TryGetValue(key, out var id))
        {
            sets[key] = id = sets.Count;
        }

        return id;
    }
}
