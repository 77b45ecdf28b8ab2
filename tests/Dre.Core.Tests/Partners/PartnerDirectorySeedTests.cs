using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dre.Core.Partners;

namespace Dre.Core.Tests.Partners;

public class PartnerDirectorySeedTests
{
    private static readonly JsonSerializerOptions WebDefaults = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [Fact]
    public void Load_EmbeddedSeed_HoldsAbout80To110Partners()
    {
        Assert.InRange(SeedDirectory.Partners.Count, 80, 110);
    }

    [Fact]
    public void Load_EmbeddedSeed_HasEveryKindAndEveryPortfolio()
    {
        Assert.Equal(Enum.GetValues<PartnerKind>().Order(), SeedDirectory.Partners.Select(partner => partner.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<Portfolio>().Order(), SeedDirectory.Partners.Select(partner => partner.Portfolio).Distinct().Order());
    }

    [Theory]
    [InlineData("eeas", "eu")]
    [InlineData("eu-delegation-coe", "eu")]
    [InlineData("european-commission", "eu")]
    [InlineData("european-parliament", "eu")]
    [InlineData("ohchr", "un")]
    [InlineData("unhcr", "un")]
    [InlineData("unesco", "un")]
    [InlineData("odihr", "osce")]
    public void Seed_PlacesBodiesUnderTheirOrganisation(string id, string organisation)
    {
        var ancestors = new List<string>();
        for (var parent = SeedDirectory.Get(id).ParentId; parent is not null; parent = SeedDirectory.Get(parent).ParentId)
        {
            ancestors.Add(parent);
        }

        Assert.Equal(organisation, ancestors[^1]);
    }

    [Fact]
    public void Load_EmbeddedSeed_IsExactlyTheWebDefaultsSerializationOfWhatItLoads()
    {
        using var stream = typeof(Partner).Assembly.GetManifestResourceStream("Dre.Core.Partners.partners.json");
        Assert.NotNull(stream);
        var file = JsonNode.Parse(stream);

        var reserialized = JsonSerializer.SerializeToNode(new { partners = SeedDirectory.Partners }, WebDefaults);

        Assert.True(JsonNode.DeepEquals(file, reserialized), "partners.json differs from the web-defaults serialization of the directory it loads.");
    }

    [Theory]
    [InlineData("holy-see", "1970-03-07")]
    [InlineData("united-states", "1995-12-07")]
    [InlineData("canada", "1996-05-29")]
    [InlineData("japan", "1996-11-20")]
    [InlineData("mexico", "1999-12-01")]
    public void Load_ObserverState_HasItsObserverDate(string id, string since)
    {
        var partner = SeedDirectory.Get(id);

        Assert.Equal(PartnerKind.ObserverState, partner.Kind);
        Assert.Equal(Portfolio.ObserverStates, partner.Portfolio);
        Assert.Equal(DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture), partner.Relation.ObserverSince);
    }

    [Fact]
    public void Load_OnlyObserverStates_HaveAnObserverDate()
    {
        Assert.All(SeedDirectory.Partners, partner =>
            Assert.Equal(partner.Kind == PartnerKind.ObserverState, partner.Relation.ObserverSince is not null));
    }

    [Fact]
    public void Load_Morocco_ReadsItsPartnershipMembershipsAndStateOfPlay()
    {
        var morocco = SeedDirectory.Get("morocco");

        Assert.Equal(PartnerKind.NeighbourhoodState, morocco.Kind);
        Assert.Equal(Portfolio.Neighbourhood, morocco.Portfolio);
        Assert.Equal(new LocalizedText("Morocco", "Maroc"), morocco.Name);
        Assert.Contains("MA", morocco.Aliases);
        Assert.Contains("MAR", morocco.Aliases);
        var partnership = Assert.IsType<NeighbourhoodPartnership>(morocco.Relation.NeighbourhoodPartnership);
        Assert.Equal("2022-2025", partnership.Period);
        Assert.InRange(partnership.Priorities.Count, 2, 4);
        Assert.Contains("Venice Commission", morocco.Relation.Memberships);
        Assert.Contains(morocco.Relation.Conventions, convention => convention.Contains("Budapest", StringComparison.Ordinal));
        Assert.NotNull(morocco.StateOfPlay);
    }

    [Fact]
    public void Load_EveryStateOfPlay_IsSignedAndDatedIn2026WithAnOffset()
    {
        var states = SeedDirectory.Partners.Select(partner => partner.StateOfPlay).OfType<StateOfPlay>().ToList();

        Assert.NotEmpty(states);
        Assert.All(states, state =>
        {
            Assert.False(string.IsNullOrWhiteSpace(state.Text));
            Assert.False(string.IsNullOrWhiteSpace(state.Author));
            Assert.Equal(2026, state.UpdatedAt.Year);
            Assert.Contains(state.UpdatedAt.Offset, new[] { TimeSpan.FromHours(1), TimeSpan.FromHours(2) });
        });
    }

    [Fact]
    public void Load_EveryPartnershipAndSummary_IsInBothLanguages()
    {
        var texts = SeedDirectory.Partners.SelectMany(partner =>
            new[] { partner.Relation.Summary, partner.Relation.NeighbourhoodPartnership?.Name }
                .Concat(partner.Relation.NeighbourhoodPartnership?.Priorities ?? []))
            .OfType<LocalizedText>();

        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.En));
            Assert.False(string.IsNullOrWhiteSpace(text.Fr));
        });
    }

    [Theory]
    [InlineData("european-commission", "eu")]
    [InlineData("fra", "eu")]
    [InlineData("odihr", "osce")]
    [InlineData("hcnm", "osce")]
    [InlineData("unhcr", "un")]
    [InlineData("ohchr", "un")]
    public void Load_BodyOfAnOrganisation_HasItAsParentAndSharesItsPortfolio(string id, string parentId)
    {
        var partner = SeedDirectory.Get(id);

        Assert.Equal(parentId, partner.ParentId);
        Assert.Equal(SeedDirectory.Get(parentId).Portfolio, partner.Portfolio);
    }

    [Fact]
    public void Load_EveryInstitution_HasAParent()
    {
        Assert.All(SeedDirectory.Partners.Where(partner => partner.Kind == PartnerKind.Institution),
            institution => Assert.NotNull(institution.ParentId));
    }

    [Theory]
    [InlineData("liaison-office-brussels", Portfolio.Eu)]
    [InlineData("liaison-office-geneva", Portfolio.Un)]
    [InlineData("liaison-office-vienna", Portfolio.Osce)]
    public void Load_LiaisonOffice_ServesItsPortfolioAndHasNoDomainOfItsOwn(string id, Portfolio portfolio)
    {
        var office = SeedDirectory.Get(id);

        Assert.Equal(PartnerKind.LiaisonOffice, office.Kind);
        Assert.Equal(portfolio, office.Portfolio);
        Assert.Empty(office.Domains);
    }
}
