namespace Dre.Core.Contacts;

/// <summary>A partial edit: each field given replaces the stored one; new follow-ups are added.</summary>
public sealed record ContactPatch
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
    public IReadOnlyList<FollowUpDraft>? AddFollowUps { get; init; }
}
