using Dre.Core.Partners;

namespace Dre.Core.Tests.Partners;

public class PartnerResolverTests
{
    private static PartnerResolver Resolver => SeedDirectory.Resolver;

    [Theory]
    [InlineData("Morocco", "morocco")]
    [InlineData("morocco", "morocco")]
    [InlineData("Maroc", "morocco")]
    [InlineData("le Maroc", "morocco")]
    [InlineData("du Maroc", "morocco")]
    [InlineData("au Maroc", "morocco")]
    [InlineData("with Morocco", "morocco")]
    [InlineData("Marokko", "morocco")]
    [InlineData("MA", "morocco")]
    [InlineData("mar", "morocco")]
    [InlineData("la Tunisie", "tunisia")]
    [InlineData("Tunisia", "tunisia")]
    [InlineData("de la Jordanie", "jordan")]
    [InlineData("l'OSCE", "osce")]
    [InlineData("the OSCE", "osce")]
    [InlineData("OSZE", "osce")]
    [InlineData("O.S.C.E.", "osce")]
    [InlineData("UNHCR", "unhcr")]
    [InlineData("HCR", "unhcr")]
    [InlineData("le HCR", "unhcr")]
    [InlineData("Saint-Siège", "holy-see")]
    [InlineData("saint siege", "holy-see")]
    [InlineData("SAINT-SIEGE", "holy-see")]
    [InlineData("the Holy See", "holy-see")]
    [InlineData("Vatican", "holy-see")]
    [InlineData("avec l'UE", "eu")]
    [InlineData("le SEAE", "eeas")]
    [InlineData("EU Delegation to the Council of Europe", "eu-delegation-coe")]
    [InlineData("the EU", "eu")]
    [InlineData("de l'Union européenne", "eu")]
    [InlineData("Union europeenne", "eu")]
    [InlineData("UN", "un")]
    [InlineData("l'ONU", "un")]
    [InlineData("ODIHR", "odihr")]
    [InlineData("le BIDDH", "odihr")]
    [InlineData("aux États-Unis", "united-states")]
    [InlineData("U.S.", "united-states")]
    [InlineData("d'Ouzbékistan", "uzbekistan")]
    [InlineData("la Commission européenne", "european-commission")]
    [InlineData("European Commission", "european-commission")]
    [InlineData("FRA", "fra")]
    [InlineData("l'OCDE", "oecd")]
    [InlineData("Japon", "japan")]
    [InlineData("Kosovo", "kosovo")]
    public void Resolve_NameAliasOrCodeInEitherLanguage_FindsThePartner(string query, string expectedId)
    {
        var resolution = Resolver.Resolve(query);

        Assert.Equal(PartnerResolutionKind.Match, resolution.Kind);
        Assert.Equal(expectedId, resolution.Match?.Id);
    }

    [Theory]
    [InlineData("Marocco", "morocco")]
    [InlineData("Morroco", "morocco")]
    [InlineData("Tunesie", "tunisia")]
    [InlineData("Kazakstan", "kazakhstan")]
    [InlineData("Kirghizstan", "kyrgyzstan")]
    [InlineData("Saint Seige", "holy-see")]
    [InlineData("UHCR", "unhcr")]
    [InlineData("Untied Nations", "un")]
    [InlineData("Comission européenne", "european-commission")]
    public void Resolve_SmallTypo_FindsThePartner(string query, string expectedId)
    {
        var resolution = Resolver.Resolve(query);

        Assert.Equal(expectedId, resolution.Match?.Id);
    }

    [Theory]
    [InlineData("MAA")]
    [InlineData("OSE")]
    [InlineData("HCA")]
    [InlineData("XY")]
    public void Resolve_ShortInputOffByOneLetter_IsNotTakenForACode(string query)
    {
        var resolution = Resolver.Resolve(query);

        Assert.NotEqual(PartnerResolutionKind.Match, resolution.Kind);
        Assert.DoesNotContain(resolution.Candidates, candidate => candidate.Partner.Id is "morocco" or "osce" or "unhcr");
    }

    [Theory]
    [InlineData("Commission", "european-commission", "unece")]
    [InlineData("AU", "african-union", "australia")]
    [InlineData("High Commissioner", "ohchr", "unhcr")]
    [InlineData("UNDC", "undp", "unodc")]
    [InlineData("OCSE", "osce", "oecd")]
    [InlineData("Bureau de liaison", "liaison-office-brussels", "liaison-office-geneva")]
    public void Resolve_AmbiguousInput_ReturnsRankedCandidatesAndNoMatch(string query, string firstExpected, string secondExpected)
    {
        var resolution = Resolver.Resolve(query);

        Assert.Equal(PartnerResolutionKind.Candidates, resolution.Kind);
        Assert.Null(resolution.Match);
        var ids = resolution.Candidates.Select(candidate => candidate.Partner.Id).ToList();
        Assert.Contains(firstExpected, ids);
        Assert.Contains(secondExpected, ids);
        Assert.Equal(resolution.Candidates.OrderByDescending(candidate => candidate.Score).Select(candidate => candidate.Score),
            resolution.Candidates.Select(candidate => candidate.Score));
    }

    [Theory]
    [InlineData("moro", "morocco")]
    [InlineData("Tuni", "tunisia")]
    [InlineData("kirg", "kyrgyzstan")]
    [InlineData("saint-si", "holy-see")]
    [InlineData("UNH", "unhcr")]
    [InlineData("europe", "european-commission")]
    public void Resolve_Prefix_OffersThePartnerAsACandidateWithoutPickingIt(string query, string expectedId)
    {
        var resolution = Resolver.Resolve(query);

        Assert.Equal(PartnerResolutionKind.Candidates, resolution.Kind);
        Assert.Contains(resolution.Candidates, candidate => candidate.Partner.Id == expectedId);
    }

    [Fact]
    public void Resolve_PrefixOfOneName_RanksItFirst()
    {
        var resolution = Resolver.Resolve("moro");

        Assert.Equal("morocco", resolution.Candidates[0].Partner.Id);
    }

    [Fact]
    public void Resolve_ManyCandidates_ReturnsAtMostTheRequestedNumber()
    {
        var resolution = Resolver.Resolve("european", maxCandidates: 3);

        Assert.Equal(3, resolution.Candidates.Count);
    }

    [Fact]
    public void Resolve_ConfidentMatch_IsAlsoTheFirstCandidate()
    {
        var resolution = Resolver.Resolve("OSCE");

        Assert.Same(resolution.Match, resolution.Candidates[0].Partner);
        Assert.Equal(1, resolution.Candidates[0].Score);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("l'")]
    [InlineData("Atlantis")]
    [InlineData("zzzz")]
    public void Resolve_NothingLikeAPartner_ReturnsNone(string query)
    {
        var resolution = Resolver.Resolve(query);

        Assert.Equal(PartnerResolutionKind.None, resolution.Kind);
        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void Resolve_EveryPartnerByItsOwnNameInBothLanguagesAndByItsId_FindsIt()
    {
        Assert.All(SeedDirectory.Partners, partner =>
        {
            Assert.Equal(partner.Id, Resolver.Resolve(partner.Name.En).Match?.Id);
            Assert.Equal(partner.Id, Resolver.Resolve(partner.Name.Fr).Match?.Id);
            Assert.Equal(partner.Id, Resolver.Resolve(partner.Id).Match?.Id);
        });
    }

    [Fact]
    public void Resolve_MaxCandidatesBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Resolver.Resolve("OSCE", maxCandidates: 0));
    }
}
