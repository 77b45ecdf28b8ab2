using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Partners;

namespace Dre.Core.Digest;

/// <summary>
/// What one slot's digest is made of, for every reader at once: restricted contacts included, each with its audience,
/// so that <see cref="DigestBuilder"/> filters it per reader through the visibility policy without reading again.
/// </summary>
/// <param name="Contacts">The week rows from the period's start to the end of the next period: the period's contacts and the planned ones.</param>
/// <param name="Facts">Every contact from <see cref="WindowStart"/> to the end of the next period, for the chart and the quiet partners.</param>
/// <param name="Overdue">Every open follow-up due before the slot's day.</param>
public sealed record DigestSlot(
    DateTimeOffset Slot,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset WindowStart,
    PartnerSnapshot Snapshot,
    IReadOnlyList<PeriodContact> Contacts,
    IReadOnlyList<ContactFact> Facts,
    IReadOnlyList<OpenFollowUp> Overdue)
{
    public DateTimeOffset PlannedTo => To + (To - From);
}
