using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>
/// Deleting a contact logged by mistake. The contact's row becomes a tombstone without content through the ordinary
/// journalled replace, so its index rows, follow-ups and outbox announcement go the way every change goes and a crash
/// half-way is completed by the journal's repair; its id (the Outlook key's hash) stays free for a new log.
/// </summary>
public sealed class ContactDeletions(IContactStore store, ContactService contacts, AuditTrail audit, TimeProvider time, ILogger<ContactDeletions> logger)
{
    private const int MaxAttempts = 5;

    /// <exception cref="NotFoundException">Unknown, deleted already, or restricted and not the caller's to see.</exception>
    /// <exception cref="ForbiddenException">The caller sees it but neither logged it nor is a DRE officer.</exception>
    /// <exception cref="VersionConflictException">An <paramref name="ifMatch"/> was given and the contact changed since.</exception>
    public async Task DeleteAsync(string id, string? ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default)
    {
        var unconditional = string.IsNullOrWhiteSpace(ifMatch);
        for (var attempt = 0; ; attempt++)
        {
            var current = await contacts.GetAsync(id, user, cancellationToken);
            if (!MayDelete(user, current))
            {
                throw new ForbiddenException("Only the people who logged a contact, and DRE officers, delete it.");
            }

            if (!unconditional && !Versions.Same(current.Version, ifMatch))
            {
                throw new VersionConflictException(current, current.Version!);
            }

            try
            {
                var now = time.GetUtcNow();
                var tombstone = Tombstone(current, user, now);
                await audit.MarkDeletedAsync(id, current.Revision + 1, now, cancellationToken);
                await store.ReplaceAsync(current, tombstone with { Change = ContactChangeRecord.Of(current, tombstone, AuditAction.Deleted, user, origin, now) }, cancellationToken);
                logger.LogInformation("Contact {ContactId} deleted by {UserId}", id, user.UserId);
                return;
            }
            catch (VersionConflictException) when (unconditional && attempt < MaxAttempts)
            {
                // Without If-Match the caller asked to delete whatever the contact is now: a concurrent edit is read again.
            }
        }
    }

    /// <summary>Attendees may correct a contact but not remove what someone else logged.</summary>
    public static bool MayDelete(UserContext user, Contact contact) =>
        user.IsDreOfficer || contact.Loggers.Any(l => user.IsNamedBy(l.UserId));

    /// <summary>
    /// What is kept of a deleted contact: its keys, and what the channel cards need to find the cards to take down
    /// (partners, confidentiality). Nothing said in it or about the people met stays.
    /// </summary>
    public static Contact Tombstone(Contact contact, UserContext user, DateTimeOffset at) => contact with
    {
        Subject = "",
        Summary = null,
        Outcome = null,
        Notes = [],
        Topics = [],
        FollowUps = [],
        CoeParticipants = [],
        PartnerParticipants = [],
        Deletion = new ContactDeletion(user.UserId, user.Name, at),
    };
}
