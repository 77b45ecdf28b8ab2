using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Validation;

namespace Dre.Core.Partners;

public sealed class PartnerStatusService(IPartnerDirectory directory, IContactStore store, ContactService contacts, TimeProvider time)
{
    public const int LatestCount = 5;
    public const int PlannedCount = 5;
    public const int FollowUpCount = 10;
    private static readonly TimeSpan PlanningHorizon = TimeSpan.FromDays(180);

    public async Task<PartnerStatus> GetAsync(string partnerId, UserContext user, CancellationToken cancellationToken = default)
    {
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var partner = snapshot.Find(partnerId) ?? throw new NotFoundException("The partner");
        var now = time.GetUtcNow();

        // The partner and the bodies below it (a status of the EU shows what was done with its agencies, each contact
        // naming its partner): two range reads per member, all side by side, and the partner's follow-ups.
        var members = snapshot.SelfAndBelow(partnerId);
        var latest = PartnerSetReads.ListAsync(store, members, ContactLimits.Earliest, now, user, LatestCount, cancellationToken);
        var planned = PartnerSetReads.ListAsync(store, members, now, now + PlanningHorizon, user, null, cancellationToken);
        var followUps = contacts.ListPartnerFollowUpsAsync(partnerId, user, FollowUpCount, cancellationToken);
        await Task.WhenAll(latest, planned, followUps);

        return new PartnerStatus(
            partner,
            partner.ParentId is { } parentId ? snapshot.Find(parentId) : null,
            (await latest).OrderByDescending(c => c.Start).Take(LatestCount).ToList(),
            (await planned).OrderBy(c => c.Start).Take(PlannedCount).ToList(),
            await followUps);
    }
}
