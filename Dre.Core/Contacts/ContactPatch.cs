namespace Dre.Core.Contacts;

/// <summary>A partial edit: each field given replaces the stored one; new follow-ups are added.</summary>
public sealed record ContactPatch : ContactFields
{
    public IReadOnlyList<FollowUpDraft>? AddFollowUps { get; init; }
}
