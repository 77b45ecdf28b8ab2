namespace Dre.Core.Partners;

/// <summary>
/// What a DRE officer sends to create a partner (every required field) or to change one (only the fields that change;
/// a list replaces the stored one; <c>parentId</c> "" removes the parent).
/// </summary>
public sealed record PartnerInput
{
    public string? Id { get; init; }
    public string? NameEn { get; init; }
    public string? NameFr { get; init; }
    public PartnerKind? Kind { get; init; }
    public Portfolio? Portfolio { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public IReadOnlyList<string>? Domains { get; init; }
    public string? ParentId { get; init; }
    public RelationFacts? Relation { get; init; }
}
