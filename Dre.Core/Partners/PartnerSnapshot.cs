namespace Dre.Core.Partners;

/// <summary>The directory at one moment, with the resolver and domain matcher built over it once.</summary>
public sealed class PartnerSnapshot
{
    private readonly Dictionary<string, Partner> _byId;

    public PartnerSnapshot(IReadOnlyList<Partner> partners, DateTimeOffset takenAt)
    {
        Partners = partners;
        TakenAt = takenAt;
        _byId = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var current = partners.Where(p => !p.Archived).ToList();
        Resolver = new PartnerResolver(current);
        Domains = new PartnerDomainMatcher(current);
    }

    public IReadOnlyList<Partner> Partners { get; }

    public DateTimeOffset TakenAt { get; }

    public PartnerResolver Resolver { get; }

    public PartnerDomainMatcher Domains { get; }

    public Partner? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Exists(string id) => _byId.ContainsKey(id);

    public IEnumerable<Partner> ChildrenOf(string id) => Partners.Where(p => p.ParentId == id);
}
