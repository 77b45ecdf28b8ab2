using Dre.Core.Visibility;
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

        // Three independent partition reads: run them together.
        var latest = store.ListByPartnerAsync(partnerId, ContactLimits.Earliest, now, LatestCount + 5, cancellationToken)
            .Where(c => VisibilityPolicy.MaySee(user, c)).Take(LatestCount).ToListAsync(cancellationToken).AsTask();
        var planned = store.ListByPartnerAsync(partnerId, now, now + PlanningHorizon, cancellationToken: cancellationToken)
            .Where(c => VisibilityPolicy.MaySee(user, c)).ToListAsync(cancellationToken).AsTask();
        var followUps = contacts.ListPartnerFollowUpsAsync(partnerId, user, FollowUpCount, cancellationToken);
        await Task.WhenAll(latest, planned, followUps);

        return new PartnerStatus(
            partner,
            partner.ParentId is { } parentId ? snapshot.Find(parentId) : null,
            await latest,
            (await planned).OrderBy(c => c.Start).Take(PlannedCount).ToList(),
            await followUps);
    }
}
