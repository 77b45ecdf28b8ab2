using Dre.Core.Contacts;
using Dre.Core.FollowUps;

namespace Dre.Core.Partners;

/// <summary>What a member of staff needs before meeting a partner.</summary>
public sealed record PartnerStatus(
    Partner Partner,
    Partner? Parent,
    IReadOnlyList<ContactSummary> LatestContacts,
    IReadOnlyList<ContactSummary> PlannedContacts,
    IReadOnlyList<OpenFollowUp> OpenFollowUps);
