using Dre.Core.Visibility;
using Dre.Core.Audit;
using Dre.Core.FollowUps;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Telemetry;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>
/// Logging, reading and editing contacts: the one path that the API, the Teams bot and the Outlook add-in share. Every
/// write the store acknowledges is projected to the index tables and announced on the outbox
/// (<see cref="Notifications.TableOutbox.AnnounceAsync"/>), from which the bot posts the contact's summary to the
/// portfolio's channel and raises coordination alerts.
/// </summary>
public sealed partial class ContactService(IContactStore store, IPartnerDirectory directory, TimeProvider time, DreMetrics metrics, ILogger<ContactService> logger)
{
    public const int MaxListed = 500;

    /// <summary>The contact, if it exists and the caller may see it; a restricted contact is not revealed to others.</summary>
    public async Task<Contact> GetAsync(string id, UserContext user, CancellationToken cancellationToken = default)
    {
        var contact = await store.GetAsync(id, cancellationToken);
        return contact is { Deletion: null } && VisibilityPolicy.MaySee(user, contact) ? contact : throw new NotFoundException("The contact");
    }

    /// <summary>The contact already logged for an Outlook item, if any: what the add-in asks before the person types anything.</summary>
    public async Task<Contact?> FindBySourceAsync(ContactSource source, string? iCalUid, DateTimeOffset? occurrenceStart, string? internetMessageId, CancellationToken cancellationToken = default)
    {
        var errors = new InputErrors();
        errors.Line("iCalUid", iCalUid, ContactLimits.SourceId);
        errors.Line("internetMessageId", internetMessageId, ContactLimits.SourceId);
        var key = SourceKey.For(source, iCalUid, occurrenceStart, internetMessageId);
        if (key is null)
        {
            errors.Add(source == ContactSource.OutlookEmail ? "internetMessageId" : "iCalUid", "Give the item's iCalUid (meeting) or internetMessageId (e-mail).");
        }

        errors.ThrowIfAny();
        return await store.GetAsync(ContactFactory.IdFor(key!), cancellationToken) is { Deletion: null } contact ? contact : null;
    }

    public async Task<Contact> UpdateAsync(string id, ContactPatch patch, string? ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw InputException.For("If-Match", "Send the version you edited in the If-Match header.");
        }

        var current = await GetAsync(id, user, cancellationToken);
        if (!MayEdit(user, current))
        {
            throw new ForbiddenException("Only the people who logged or attended a contact, and DRE officers, edit it.");
        }

        if (patch.Confidentiality is { } asked && asked < current.Confidentiality && !VisibilityPolicy.MayLowerConfidentiality(user, current))
        {
            throw new ForbiddenException("Only DRE officers and the person who logged a contact first lower its confidentiality.");
        }

        if (!Versions.Same(current.Version, ifMatch))
        {
            throw new VersionConflictException(current, current.Version!);
        }

        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var now = time.GetUtcNow();
        var updated = Apply(current, patch, snapshot, now);
        ContactStoredSize.ThrowIfTooLarge(current, updated);
        return await store.ReplaceAsync(current, updated with { Change = ContactChangeRecord.Of(current, updated, AuditAction.Edited, user, origin, now) }, cancellationToken);
    }

    public async Task<IReadOnlyList<ContactSummary>> ListAsync(string? partnerId, DateTimeOffset? from, DateTimeOffset? to, UserContext user, int limit = 100, CancellationToken cancellationToken = default)
    {
        var errors = new InputErrors();
        var (start, end) = Period(errors, from, to, partnerId is null ? 1 : null);
        if (limit is < 1 or > MaxListed)
        {
            errors.Add("limit", $"limit is between 1 and {MaxListed}.");
        }

        if (partnerId is not null && !(await directory.GetSnapshotAsync(cancellationToken)).Exists(partnerId))
        {
            errors.Add("partner", "partner is not a known partner id.");
        }

        errors.ThrowIfAny();
        var rows = partnerId is null
            ? store.ListByPeriodAsync(start, end, cancellationToken)
            : store.ListByPartnerAsync(partnerId, start, end, Math.Min(limit, 1_000), cancellationToken);
        return await rows.Where(s => VisibilityPolicy.MaySee(user, s)).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The period a read asked for, bounded (0001-01-01 or 9999-12-31 would overflow the default period and the week
    /// keys): to defaults to tomorrow; from to 30 days before it when the period is bounded, else the earliest contact.
    /// </summary>
    /// <param name="years">The longest period, in years of 366 days; null for the whole history.</param>
    private (DateTimeOffset Start, DateTimeOffset End) Period(InputErrors errors, DateTimeOffset? from, DateTimeOffset? to, int? years)
    {
        var now = time.GetUtcNow();
        var latest = ContactLimits.ListedUntil(now);
        var end = errors.Within("to", to, ContactLimits.Earliest, latest) ?? now.AddDays(1);
        var start = errors.Within("from", from, ContactLimits.Earliest, latest) ?? (years is null ? ContactLimits.Earliest : end.AddDays(-30));
        // A refused from or to leaves a default in its place: the period is judged only when both were taken.
        var taken = !errors.Any;
        if (taken && start >= end)
        {
            errors.Add("from", "from must be before to.");
        }

        if (taken && years is { } most && end - start > TimeSpan.FromDays(366 * most))
        {
            errors.Add("from", most == 1 ? "Without a partner, a period is at most one year." : $"A period is at most {most} years.");
        }

        return (start, end);
    }

    /// <summary>
    /// The open follow-ups owned by any of the caller's addresses (a follow-up names its owner by the address the logger
    /// gave), each once, in due order as one owner's partition keeps them.
    /// </summary>
    public async Task<IReadOnlyList<OpenFollowUp>> ListMyFollowUpsAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        var mine = new List<OpenFollowUp>();
        foreach (var address in user.Addresses)
        {
            mine.AddRange(await store.ListOpenFollowUpsAsync(FollowUpKeys.Owner(address), cancellationToken: cancellationToken)
                .Where(f => VisibilityPolicy.MaySee(user, f))
                .ToListAsync(cancellationToken));
        }

        return [.. mine.DistinctBy(f => (f.ContactId, f.FollowUpId)).OrderBy(f => FollowUpKeys.RowKey(f.Due, f.ContactId, f.FollowUpId), StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<OpenFollowUp>> ListOverdueFollowUpsAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return await store.ListOpenFollowUpsAsync(FollowUpKeys.Due, FollowUpKeys.DueKey(today), cancellationToken: cancellationToken)
            .Where(f => VisibilityPolicy.MaySee(user, f))
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
    }

    /// <summary>From the partner's list row, or from its follow-up partition when the row cannot tell (the reader may see too few of its entries).</summary>
    public async Task<IReadOnlyList<OpenFollowUp>> ListPartnerFollowUpsAsync(string partnerId, UserContext user, int limit, CancellationToken cancellationToken = default) =>
        (await store.GetPartnerFollowUpsAsync(partnerId, cancellationToken)).Visible(user, limit)
        ?? await store.ListOpenFollowUpsAsync(FollowUpKeys.Partner(partnerId), pageSize: limit, cancellationToken: cancellationToken)
            .Where(f => VisibilityPolicy.MaySee(user, f))
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>Marks a follow-up done. Completing one already done is not an error: two people may tick it at once.</summary>
    public async Task<Contact> CompleteFollowUpAsync(string contactId, string followUpId, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxMergeAttempts; attempt++)
        {
            var contact = await GetAsync(contactId, user, cancellationToken);
            var followUp = contact.FollowUps.FirstOrDefault(f => f.Id == followUpId) ?? throw new NotFoundException("The follow-up");
            if (!MayEdit(user, contact) && !user.IsNamedBy(followUp.Owner))
            {
                throw new ForbiddenException("Only its owner, the people who logged or attended the contact, and DRE officers complete a follow-up.");
            }

            if (followUp.Done)
            {
                // Whoever marked it done may have died before removing it from the lists of open follow-ups.
                await store.ProjectAgainAsync(contact.Id, cancellationToken);
                return contact;
            }

            var now = time.GetUtcNow();
            var done = followUp with { Done = true, DoneAt = now, DoneBy = user.Name };
            var completed = contact with { FollowUps = contact.FollowUps.Select(f => f.Id == followUpId ? done : f).ToList() };
            try
            {
                return await store.ReplaceAsync(contact, completed with { Change = ContactChangeRecord.Of(contact, completed, AuditAction.FollowUpCompleted, user, origin, now) }, cancellationToken);
            }
            catch (VersionConflictException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 30)), time, cancellationToken);
            }
        }

        throw new InvalidOperationException($"Contact {contactId} kept changing while a follow-up was being completed.");
    }

    public static bool MayEdit(UserContext user, Contact contact) =>
        user.IsDreOfficer
        || contact.Loggers.Any(l => user.IsNamedBy(l.UserId))
        || contact.CoeParticipants.Any(p => user.IsNamedBy(p.Email));

    private static Contact Apply(Contact current, ContactPatch patch, PartnerSnapshot snapshot, DateTimeOffset now)
    {
        var errors = new InputErrors();
        var start = patch.Start is null ? current.Start : ContactFactory.ValidStart(errors, patch.Start, now) ?? current.Start;
        var end = patch.End ?? current.End;
        if (end is { } e && (e < start || e - start > ContactLimits.LongestContact))
        {
            errors.Add("end", "end must be after start and at most 14 days later.");
        }

        var updated = current with
        {
            Kind = patch.Kind ?? current.Kind,
            Start = start,
            End = end,
            PartnerIds = patch.PartnerIds is null ? current.PartnerIds : ContactFactory.PartnerIds(errors, patch.PartnerIds, snapshot.Exists),
            CoeParticipants = patch.CoeParticipants is null ? current.CoeParticipants : ContactFactory.CoeParticipants(errors, patch.CoeParticipants),
            PartnerParticipants = patch.PartnerParticipants is null ? current.PartnerParticipants : ContactFactory.PartnerParticipants(errors, patch.PartnerParticipants, snapshot.Exists),
            Subject = patch.Subject is null ? current.Subject : errors.Line("subject", patch.Subject, ContactLimits.Subject, required: true) ?? current.Subject,
            Summary = patch.Summary is null ? current.Summary : errors.Text("summary", patch.Summary, ContactLimits.Summary),
            Topics = patch.Topics is null ? current.Topics : ContactFactory.Topics(errors, patch.Topics),
            Outcome = patch.Outcome is null ? current.Outcome : errors.Text("outcome", patch.Outcome, ContactLimits.Outcome),
            Confidentiality = patch.Confidentiality ?? current.Confidentiality,
            FollowUps = patch.AddFollowUps is null ? current.FollowUps : [.. current.FollowUps, .. ContactFactory.FollowUps(errors, patch.AddFollowUps, "addFollowUps")],
        };
        errors.Count("addFollowUps", updated.FollowUps, ContactLimits.FollowUps);
        errors.ThrowIfAny();
        return updated;
    }
}
