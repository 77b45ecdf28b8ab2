using System.Text.Json.Serialization;

namespace Dre.Core.Partners;

/// <summary>An entry of the DRE's partner directory: an organisation, one of its bodies, a state, an initiative or a liaison office.</summary>
public sealed record Partner
{
    public required string Id { get; init; }
    public required PartnerKind Kind { get; init; }
    public required Portfolio Portfolio { get; init; }
    public required LocalizedText Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Domains { get; init; } = [];
    public string? ParentId { get; init; }
    public RelationFacts Relation { get; init; } = new();
    public StateOfPlay? StateOfPlay { get; init; }

    /// <summary>No longer a partner the resolver or the domain matcher answers with; kept for the contacts that name it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Archived { get; init; }

    /// <summary>The stored row's version, for conditional edits of the state of play; null for seed data not yet stored. Travels as ETag, not in bodies.</summary>
    [JsonIgnore]
    public string? Version { get; init; }

    public string DisplayName(Language language) => Name.In(language);
}

public enum PartnerKind
{
    Organisation,
    Institution,
    ObserverState,
    NeighbourhoodState,
    NonMemberState,
    SubRegionalInitiative,
    LiaisonOffice,
}

/// <summary>The DRE portfolios; each routes to one channel of the directorate.</summary>
public enum Portfolio
{
    Eu,
    Osce,
    Un,
    ObserverStates,
    Neighbourhood,
    OtherOrganisations,
    SubRegional,
}

public sealed record LocalizedText(string En, string Fr)
{
    public string In(Language language) => language == Language.French ? Fr : En;
}

public enum Language
{
    English,
    French,
}

/// <summary>What kind of relation the Council of Europe has with a partner.</summary>
public sealed record RelationFacts
{
    public LocalizedText? Summary { get; init; }
    public DateOnly? ObserverSince { get; init; }
    public NeighbourhoodPartnership? NeighbourhoodPartnership { get; init; }
    public IReadOnlyList<string> Memberships { get; init; } = [];
    public IReadOnlyList<string> Conventions { get; init; } = [];
}

public sealed record NeighbourhoodPartnership(LocalizedText Name, string Period, IReadOnlyList<LocalizedText> Priorities);

/// <summary>The desk officer's current assessment of the relation.</summary>
public sealed record StateOfPlay(string Text, string Author, DateTimeOffset UpdatedAt);
