using System.Text.Json;
using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Validation;
using Dre.Core.Visibility;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

public sealed partial class ContactService
{
    private const int MaxMergeAttempts = 40;

    public Task<LogResult> LogAsync(ContactDraft draft, UserContext user, CancellationToken cancellationToken = default) =>
        LogAsync(draft, user, mailbox: null, cancellationToken);

    /// <summary>
    /// Logs a contact, or folds it into the one already logged for the same meeting or e-mail. A restricted contact the
    /// caller may not see is answered without content and left as it was, unless <paramref name="mailbox"/> proves that
    /// the item is in the caller's own mailbox: then the caller joins it as a logger, and brings nobody else with them.
    /// </summary>
    public async Task<LogResult> LogAsync(ContactDraft draft, UserContext user, IMailboxProof? mailbox, CancellationToken cancellationToken = default)
    {
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var now = time.GetUtcNow();
        var created = Created(draft, user, now, snapshot);
        var origin = ContactChangeRecord.OriginOf(created.Source);
        var contact = WithCreation(created, user, now);

        bool? inMailbox = null;
        for (var attempt = 0; attempt < MaxMergeAttempts; attempt++)
        {
            if (await store.TryAddAsync(contact, cancellationToken) is { } added)
            {
                logger.LogInformation("Contact {ContactId} logged by {UserId} from {Source}", added.Id, user.UserId, added.Source);
                metrics.ContactLogged(added.Source.ToString(), merged: false);
                return new LogResult(added, AlreadyLogged: false, LoggedBefore: []);
            }

            // Someone logged the same meeting or e-mail first: fold this log into theirs.
            if (await store.GetAsync(contact.Id, cancellationToken) is not { } existing)
            {
                continue;
            }

            if (existing.Deletion is not null)
            {
                // Deleting a contact frees its Outlook key: this log starts the item afresh over the tombstone.
                var fresh = contact with { Change = ContactChangeRecord.Of(existing, contact, AuditAction.Created, user, origin, now) };
                if (await TryReplaceAsync(existing, fresh, attempt, cancellationToken) is { } relogged)
                {
                    logger.LogInformation("Contact {ContactId} logged again by {UserId} after its deletion", relogged.Id, user.UserId);
                    metrics.ContactLogged(relogged.Source.ToString(), merged: false);
                    return new LogResult(relogged, AlreadyLogged: false, LoggedBefore: []);
                }

                continue;
            }

            var incoming = created;
            if (!VisibilityPolicy.MaySee(user, existing))
            {
                // Knowing an item's id (a forwarded invitation) is no reason to join a restricted contact's audience;
                // holding the item in one's own mailbox, verified on the caller's behalf, is.
                inMailbox ??= mailbox is not null && await mailbox.HoldsAsync(draft, cancellationToken);
                if (!inMailbox.Value)
                {
                    logger.LogInformation("Contact {ContactId} logged again by {UserId}, who is not in its audience: withheld", existing.Id, user.UserId);
                    await store.ProjectAgainAsync(existing.Id, cancellationToken);
                    return LogResult.AlreadyLoggedRestricted;
                }

                logger.LogInformation("Contact {ContactId} logged again by {UserId}, whose mailbox holds the item: joins its audience", existing.Id, user.UserId);
                incoming = OnlyTheCaller(created, user);
            }

            var merged = ContactMerge.Merge(existing, incoming, now);
            if (SameContent(existing, merged))
            {
                // The log that stored it may have died before the index rows: answering "already logged" must not leave it unlisted.
                await store.ProjectAgainAsync(existing.Id, cancellationToken);
                return new LogResult(existing, AlreadyLogged: true, existing.Loggers);
            }

            ContactStoredSize.ThrowIfTooLarge(existing, merged);
            var change = ContactChangeRecord.Of(existing, merged, AuditAction.Merged, user, origin, now);
            if (await TryReplaceAsync(existing, merged with { Change = change }, attempt, cancellationToken) is { } stored)
            {
                logger.LogInformation("Contact {ContactId} logged again by {UserId}: merged", stored.Id, user.UserId);
                metrics.ContactLogged(stored.Source.ToString(), merged: true);
                return new LogResult(stored, AlreadyLogged: true, existing.Loggers);
            }
        }

        throw new InvalidOperationException($"Contact {contact.Id} kept changing while it was being merged.");
    }

    /// <summary>The new contact a draft makes, checked: an <see cref="InputException"/> names what breaks a rule of contacts.</summary>
    private static Contact Created(ContactDraft draft, UserContext user, DateTimeOffset now, PartnerSnapshot snapshot)
    {
        var created = ContactFactory.Create(draft, user, now, snapshot.Exists);
        ContactStoredSize.ThrowIfTooLarge(null, created);
        return created;
    }

    private static Contact WithCreation(Contact created, UserContext user, DateTimeOffset now) =>
        created with { Change = ContactChangeRecord.Of(null, created, AuditAction.Created, user, ContactChangeRecord.OriginOf(created.Source), now) };

    /// <summary>The replaced contact, or null after a short random pause when someone else changed it first.</summary>
    private async Task<Contact?> TryReplaceAsync(Contact existing, Contact updated, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReplaceAsync(existing, updated, cancellationToken);
        }
        catch (VersionConflictException)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 + (attempt * 10))), time, cancellationToken);
            return null;
        }
    }

    /// <summary>
    /// What a caller who joins a restricted contact by proof may add to it: themselves, and follow-ups of their own. The
    /// people they list would otherwise join its audience on nobody's proof.
    /// </summary>
    private static Contact OnlyTheCaller(Contact created, UserContext user) => created with
    {
        CoeParticipants = [.. created.CoeParticipants.Where(p => user.IsNamedBy(p.Email))],
        FollowUps = [.. created.FollowUps.Where(f => user.IsNamedBy(f.Owner))],
    };

    private static bool SameContent(Contact a, Contact b) =>
        JsonSerializer.Serialize(a, StoreJson.Options) == JsonSerializer.Serialize(b, StoreJson.Options);
}
