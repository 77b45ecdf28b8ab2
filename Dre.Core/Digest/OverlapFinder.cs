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
            var ordered = group.Where(c => MaesOf(c).Count > 0).DistinctBy(c => c.ContactId).OrderBy(c => c.Start).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count && ordered[j].Start - ordered[i].Start <= window; j++)
                {
                    if (!MaesOf(ordered[i]).Overlaps(MaesOf(ordered[j])))
                    {
                        yield return (group.Key, ordered[i], ordered[j]);
                    }
                }
            }
        }
    }

    private static HashSet<string> MaesOf(ContactSummary contact) =>
        contact.CoeParticipants.Select(p => p.Mae).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
}
