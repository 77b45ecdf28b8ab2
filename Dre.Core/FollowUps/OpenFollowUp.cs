using Dre.Core.Visibility;
using Dre.Core.Contacts;

namespace Dre.Core.FollowUps;

/// <summary>An open follow-up as the lists show it, with enough of its contact to be understood on its own.</summary>
public sealed record OpenFollowUp
{
    public required string ContactId { get; init; }
    public required string FollowUpId { get; init; }
    public required string Text { get; init; }
    public string? Owner { get; init; }
    public string? OwnerName { get; init; }
    public DateOnly? Due { get; init; }
    public required string ContactSubject { get; init; }
    public required DateTimeOffset ContactStart { get; init; }
    public required IReadOnlyList<string> PartnerIds { get; init; }
    public required Confidentiality Confidentiality { get; init; }
    public IReadOnlyList<string> Audience { get; init; } = [];

    public bool IsOverdue(DateOnly today) => Due is { } due && due < today;

    public static OpenFollowUp Of(Contact contact, FollowUp followUp) => new()
    {
        ContactId = contact.Id,
        FollowUpId = followUp.Id,
        Text = followUp.Text,
        Owner = followUp.Owner,
        OwnerName = followUp.OwnerName,
        Due = followUp.Due,
        ContactSubject = contact.Subject,
        ContactStart = contact.Start,
        PartnerIds = contact.PartnerIds,
        Confidentiality = contact.Confidentiality,
        Audience = [.. VisibilityPolicy.AudienceOf(contact), .. followUp.Owner is { } owner ? [owner] : Array.Empty<string>()],
    };
}
