using System.Collections.Concurrent;
using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Dre.Bot.Notifications;
using Dre.Core.Briefings;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Briefings;

/// <summary>
/// Sends each planned contact's briefing to each person who logged it or takes part in it for the Council of Europe, in
/// their personal chat, once the briefing is due (a participant listed by e-mail once the directory tells who that is):
/// exactly once per contact, start and person across instances and restarts (a claim each), again if the meeting moves
/// (a new start is a new briefing), never for a cancelled or removed contact. A pass reads the contacts due now
/// (<see cref="DueBriefings"/>), and each one's record for its loggers, once per instance.
/// </summary>
public sealed partial class BriefingSender(
    IContactStore contacts,
    PartnerStatusService statuses,
    StaffRoles roles,
    IUserDirectory directory,
    PersonalReach reach,
    ProactiveMessenger messenger,
    ChannelCards cards,
    StoreTables tables,
    TimeProvider time,
    IOptions<BriefingOptions> options,
    DreMetrics metrics,
    ILogger<BriefingSender> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly LeaseClaims _claims = new(tables.Table(StoreTables.OutboxTable), time);

    // Briefings this instance saw through (sent, or claimed by another): a pass skips them without asking the store.
    // Keyed by contact, start and person; forgotten once the start has passed.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _done = new(StringComparer.Ordinal);

    /// <summary>Sends what is due now; returns how many briefings went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Forget(now);
        var sent = 0;
        await foreach (var due in DueBriefings.ListAsync(contacts, now, options.Value, cancellationToken))
        {
            if (await contacts.GetAsync(due.ContactId, cancellationToken) is not { Deletion: null, Status: ContactStatus.Logged } contact)
            {
                continue;
            }

            foreach (var person in await BriefedPeople.OfAsync(contact, directory, cancellationToken))
            {
                var key = $"{contact.Id}|{contact.Start.UtcTicks}|{person.UserId}";
                if (_done.ContainsKey(key))
                {
                    continue;
                }

                sent += await SendOnceAsync(contact, person, cancellationToken) ? 1 : 0;
                _done[key] = contact.Start;
            }
        }

        return sent;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, start) in _done)
        {
            if (start <= now)
            {
                _done.TryRemove(key, out _);
            }
        }
    }

    private async Task<bool> SendOnceAsync(Contact contact, BriefedPerson person, CancellationToken cancellationToken)
    {
        var userId = person.UserId;
        var partition = "briefing-" + TableKeys.Hash($"{contact.Id}|{contact.Start.UtcTicks}");
        var row = TableKeys.Hash(userId);
        if (await _claims.TryClaimAsync(partition, row, Lease, cancellationToken) != ClaimOutcome.Claimed)
        {
            return false;
        }

        try
        {
            if (await reach.FindOrOpenAsync(userId, cancellationToken) is not { } chat)
            {
                // Nobody to send it to; trying again each minute until the meeting would change nothing.
                await _claims.CompleteAsync(partition, row, cancellationToken);
                return false;
            }

            // The card as this person may see it: their own roles, and their address for what is shared with them by it.
            var reader = new UserContext(userId, person.Name, person.Email, await roles.OfAsync(userId, cancellationToken));
            var status = await statuses.GetAsync(contact.PartnerIds[0], reader, cancellationToken);
            var context = await cards.ContextAsync(chat.Language, cancellationToken);
            await messenger.PostAsync(ProactiveMessenger.Read(chat.ConversationReference), ChannelCards.Activity(BriefingCard.Build(status, ContactSummary.Of(contact), context), context), cancellationToken);
        }
        catch
        {
            await _claims.ReleaseAsync(partition, row, CancellationToken.None);
            throw;
        }

        // Posted: never released now, so it cannot go twice.
        if (!await _claims.TryCompleteAsync(partition, row, cancellationToken))
        {
            LogNotMarked(logger, contact.Id, userId);
        }

        metrics.MessageSent("briefing");
        LogSent(logger, contact.Id, userId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing of contact {ContactId} sent to {UserId}")]
    private static partial void LogSent(ILogger logger, string contactId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing of contact {ContactId} to {UserId} sent but not marked done; it stays claimed")]
    private static partial void LogNotMarked(ILogger logger, string contactId, string userId);
}
