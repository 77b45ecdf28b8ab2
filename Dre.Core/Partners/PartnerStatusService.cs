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
        // naming its partner): each member's timeline in one point read, all side by side, and the partner's follow-ups;
        // the index is queried only for a member whose timeline cannot tell (few entries the reader may see).
        var members = snapshot.SelfAndBelow(partnerId).ToList();
        var followUps = contacts.ListPartnerFollowUpsAsync(partnerId, user, FollowUpCount, cancellationToken);
        var timelines = await Task.WhenAll(members.Select(id => store.GetTimelineAsync(id, cancellationToken)));
        var until = now + PlanningHorizon;
        var latestFound = timelines.Select(t => t.Latest(now, user, LatestCount)).ToList();
        var plannedFound = timelines.Select(t => t.Planned(now, until, user, PlannedCount)).ToList();
        var latest = PartnerSetReads.ListAsync(store, members.Where((_, i) => latestFound[i] is null), ContactLimits.Earliest, now, user, LatestCount, cancellationToken);
        var planned = PartnerSetReads.ListAsync(store, members.Where((_, i) => plannedFound[i] is null), now, until, user, null, cancellationToken);
        await Task.WhenAll(latest, planned, followUps);

        return new PartnerStatus(
            partner,
            partner.ParentId is { } parentId ? snapshot.Find(parentId) : null,
            Merged(latestFound, await latest).OrderByDescending(c => c.Start).Take(LatestCount).ToList(),
            Merged(plannedFound, await planned).OrderBy(c => c.Start).Take(PlannedCount).ToList(),
            await followUps);
    }

    /// <summary>Each contact once, however many members it names.</summary>
    private static IEnumerable<ContactSummary> Merged(IEnumerable<IReadOnlyList<ContactSummary>?> fromTimelines, IEnumerable<ContactSummary> queried) =>
        fromTimelines.SelectMany(t => t ?? []).Concat(queried).DistinctBy(c => c.ContactId);
}
