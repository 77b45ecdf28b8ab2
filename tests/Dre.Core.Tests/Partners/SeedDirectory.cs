using Dre.Core.Partners;

namespace Dre.Core.Tests.Partners;

/// <summary>The real seed, loaded once for all tests: they assert against what ships, not against a test double.</summary>
internal static class SeedDirectory
{
    private static readonly Lazy<IReadOnlyList<Partner>> LazyPartners = new(PartnerDirectorySeed.Load);
    private static readonly Lazy<PartnerResolver> LazyResolver = new(() => new PartnerResolver(Partners));
    private static readonly Lazy<PartnerDomainMatcher> LazyMatcher = new(() => new PartnerDomainMatcher(Partners));

    public static IReadOnlyList<Partner> Partners => LazyPartners.Value;

    public static PartnerResolver Resolver => LazyResolver.Value;

    public static PartnerDomainMatcher Matcher => LazyMatcher.Value;

    public static Partner Get(string id) => Partners.Single(partner => partner.Id == id);
}
