using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>What the outcome of a planned contact was, once it took place.</summary>
public sealed record HeldReport(string? Outcome, string? Summary);

/// <summary>A planned contact's new time; without an end, the end moves with the start.</summary>
public sealed record ContactMove(DateTimeOffset? Start, DateTimeOffset? End);

/// <summary>
/// A planned contact marked held (its outcome makes it the record), moved, or cancelled (it leaves every list). These
/// are edits like any other (If-Match, the journalled replace, the audit trail, the outbox), kept apart because only
/// those who logged the contact and DRE officers decide that a meeting takes place, elsewhen or not at all.
/// </summary>
public sealed class ContactPlans(IContactStore store, ContactService contacts, TimeProvider time, ILogger<ContactPlans> logger)
{
    public Task<Contact> HoldAsync(string id, HeldReport report, string? ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, ifMatch, user, origin, AuditAction.Held, (current, now) =>
        {
            var errors = new InputErrors();
            if (current.Start > now)
            {
                errors.Add("status", "A contact is marked held once its start has passed; move it first if it took place earlier.");
            }

            var outcome = errors.Text("outcome", report.Outcome, ContactLimits.Outcome, required: true);
            var summary = report.Summary is null ? current.Summary : errors.Text("summary", report.Summary, ContactLimits.Summary);
            errors.ThrowIfAny();
            return current with { Status = ContactStatus.Held, Outcome = outcome, Summary = summary };
        }, cancellationToken);

    public Task<Contact> MoveAsync(string id, ContactMove move, string? ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, ifMatch, user, origin, AuditAction.Moved, (current, now) =>
        {
            var errors = new InputErrors();
            var start = ContactFactory.ValidStart(errors, move.Start, now);
            if (start is { } s && s <= now)
            {
                errors.Add("start", "A contact is moved to a start in the future; mark it held if it took place.");
            }

            var end = move.End ?? (start is { } moved ? current.End + (moved - current.Start) : current.End);
            if (start is { } from && end is { } e && (e < from || e - from > ContactLimits.LongestContact))
            {
                errors.Add("end", "end must be after start and at most 14 days later.");
            }

            errors.ThrowIfAny();
            return current with { Start = start!.Value, End = end };
        }, cancellationToken);

    public Task<Contact> CancelAsync(string id, string? ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, ifMatch, user, origin, AuditAction.Cancelled, (current, now) => current.Start > now
            ? current with { Status = ContactStatus.Cancelled }
            : throw InputException.For("status", "Only a contact still ahead is cancelled; one logged by mistake is deleted."), cancellationToken);

    /// <summary>Loggers and DRE officers, as for deleting: attendees correct a contact but do not call a meeting off.</summary>
    public static bool MayChangePlan(UserContext user, Contact contact) => ContactDeletions.MayDelete(user, contact);

    private async Task<Contact> ChangeAsync(string id, string? ifMatch, UserContext user, ChangeOrigin origin, AuditAction action, Func<Contact, DateTimeOffset, Contact> change, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw InputException.For("If-Match", "Send the version you saw in the If-Match header.");
        }

        var current = await contacts.GetAsync(id, user, cancellationToken);
        if (!MayChangePlan(user, current))
        {
            throw new ForbiddenException("Only the people who logged a contact, and DRE officers, mark it held, move or cancel it.");
        }

        if (!Versions.Same(current.Version, ifMatch))
        {
            throw new VersionConflictException(current, current.Version!);
        }

        if (current.Status != ContactStatus.Logged)
        {
            throw InputException.For("status", $"The contact is {current.Status.ToString().ToLowerInvariant()} already.");
        }

        var now = time.GetUtcNow();
        var updated = change(current, now);
        ContactStoredSize.ThrowIfTooLarge(current, updated);
        var stored = await store.ReplaceAsync(current, updated with { Change = ContactChangeRecord.Of(current, updated, action, user, origin, now) }, cancellationToken);
        logger.LogInformation("Contact {ContactId} {Action} by {UserId}", id, action, user.UserId);
        return stored;
    }
}
