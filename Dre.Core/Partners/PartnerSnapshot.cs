namespace Dre.Core.Partners;

/// <summary>The directory at one moment, with the resolver and domain matcher built over it once.</summary>
public sealed class PartnerSnapshot
{
    private readonly Dictionary<string, Partner> _byId;
    private readonly Dictionary<string, string> _familyOf = new(StringComparer.Ordinal);
    private readonly ILookup<string, Partner> _families;
    private readonly ILookup<string, Partner> _children;

    public PartnerSnapshot(IReadOnlyList<Partner> partners, DateTimeOffset takenAt)
    {
        Partners = partners;
        TakenAt = takenAt;
        _byId = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var current = partners.Where(p => !p.Archived).ToList();
        Resolver = new PartnerResolver(current);
        Domains = new PartnerDomainMatcher(current);
        Mentions = new PartnerMentions(current);
        foreach (var partner in partners)
        {
            _familyOf[partner.Id] = RootOf(partner);
        }

        _families = current.ToLookup(p => _familyOf[p.Id], StringComparer.Ordinal);
        _children = current.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!, StringComparer.Ordinal);
    }

    public IReadOnlyList<Partner> Partners { get; }

    public DateTimeOffset TakenAt { get; }

    public PartnerResolver Resolver { get; }

    public PartnerDomainMatcher Domains { get; }

    public PartnerMentions Mentions { get; }

    public Partner? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Exists(string id) => _byId.ContainsKey(id);

    public IEnumerable<Partner> ChildrenOf(string id) => Partners.Where(p => p.ParentId == id);

    /// <summary>
    /// The id of the top of <paramref name="id"/>'s family (the EU for its agencies, the OSCE for ODIHR), the partner
    /// itself when it has no parent: two contacts with one family are one relationship to coordinate.
    /// </summary>
    public string FamilyOf(string id) => _familyOf.GetValueOrDefault(id, id);

    /// <summary>
    /// <paramref name="id"/> and every current partner below it (the EU's institutions and agencies under the EU), the
    /// partner first: what a status of the partner covers.
    /// </summary>
    public IReadOnlyList<string> SelfAndBelow(string id)
    {
        var ids = new List<string> { id };
        for (var i = 0; i < ids.Count; i++)
        {
            ids.AddRange(_children[ids[i]].Select(p => p.Id).Where(child => !ids.Contains(child, StringComparer.Ordinal)));
        }

        return ids;
    }

    /// <summary>The current members of the family whose top is <paramref name="familyId"/>, the top included.</summary>
    public IEnumerable<Partner> MembersOf(string familyId) => _families[familyId];

    private string RootOf(Partner partner)
    {
        // The directory's checks refuse cycles; the guard only keeps a hand-edited store from looping forever.
        var seen = new HashSet<string>(StringComparer.Ordinal) { partner.Id };
        while (partner.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) && seen.Add(parentId))
        {
            partner = parent;
        }

        return partner.Id;
    }
}
