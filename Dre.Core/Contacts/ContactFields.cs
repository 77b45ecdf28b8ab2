namespace Dre.Core.Contacts;

/// <summary>The fields a caller may give a contact, whether logging it (<see cref="ContactDraft"/>) or editing it (<see cref="ContactPatch"/>).</summary>
public abstract record ContactFields
{
    public ContactKind? Kind { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public IReadOnlyList<string>? PartnerIds { get; init; }
    public IReadOnlyList<CoeParticipant>? CoeParticipants { get; init; }
    public IReadOnlyList<PartnerParticipant>? PartnerParticipants { get; init; }
    public string? Subject { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public string? Outcome { get; init; }
    public Confidentiality? Confidentiality { get; init; }
}
