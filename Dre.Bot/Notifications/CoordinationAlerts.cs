using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Notifications;

/// <summary>
/// "No doublons": when a contact's partner was met, or is to be met, by another MAE within the window, the partner's
/// portfolio channel and the people who logged either contact get one alert card each, once per pair of contacts.
/// Restricted contacts never raise an alert: the alert would tell a channel what only their audience may know.
/// </summary>
public sealed partial class CoordinationAlerts(
    IContactStore contacts,
    IPartnerDirectory partners,
    IChannelStore channelStore,
    IRouteStore routeStore,
    IPersonalConversationStore personalChats,
    ProactiveMessenger messenger,
    ChannelCards cards,
    StoreTables tables,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    DreMetrics metrics,
    ILogger<CoordinationAlerts> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly LeaseClaims _claims = new(tables.Table(StoreTables.OutboxTable), time);

    public async Task CheckAsync(Contact contact, CancellationToken cancellationToken)
    {
        if (contact.Confidentiality == Confidentiality.Restricted)
        {
            return;
        }

        var window = TimeSpan.FromDays(options.Value.AlertWindowDays);
        var self = ContactSummary.Of(contact);
        foreach (var partnerId in contact.PartnerIds)
        {
            var nearby = await contacts.ListByPartnerAsync(partnerId, contact.Start - window, contact.Start + window + TimeSpan.FromTicks(1), cancellationToken: cancellationToken)
                .Where(c => c.ContactId != contact.Id && c.Confidentiality != Confidentiality.Restricted)
                .ToListAsync(cancellationToken);
            foreach (var (_, first, second) in OverlapFinder.Find([self, .. nearby], window))
            {
                if (first.ContactId == contact.Id || second.ContactId == contact.Id)
                {
                    await AlertAsync(partnerId, first, second, cancellationToken);
                }
            }
        }
    }

    private async Task AlertAsync(string partnerId, ContactSummary first, ContactSummary second, CancellationToken cancellationToken)
    {
        // Whichever of the two contacts raises the alert (both may, from two instances), the pair has one key.
        var ids = new[] { first.ContactId, second.ContactId }.Order(StringComparer.Ordinal);
        var pair = TableKeys.Hash($"{partnerId}|{string.Join('|', ids)}");
        var snapshot = await partners.GetSnapshotAsync(cancellationToken);
        if (snapshot.Find(partnerId) is { } partner
            && (await routeStore.GetRoutesAsync(cancellationToken)).TryGetValue(ChannelKeys.For(partner.Portfolio), out var channelKey)
            && await channelStore.GetChannelAsync(channelKey, cancellationToken) is { Active: true } channel)
        {
            await SendOnceAsync(pair, "channel:" + channel.Key, channel.Language, channel.ConversationReference, partnerId, first, second, channel, cancellationToken);
        }

        foreach (var loggerId in await LoggerIdsAsync(first, second, cancellationToken))
        {
            await AlertPersonAsync(pair, loggerId, partnerId, first, second, cancellationToken);
        }
    }

    private async Task AlertPersonAsync(string pair, string userId, string partnerId, ContactSummary first, ContactSummary second, CancellationToken cancellationToken)
    {
        var known = await personalChats.GetPersonalConversationAsync(userId, cancellationToken);
        if (known is null)
        {
            // Someone who never wrote to the bot (e.g. logs from Outlook only): Teams opens the chat if the app is installed for them.
            if (!Guid.TryParse(userId, out _) || await channelStore.FindAnyActiveChannelAsync(cancellationToken) is not { } anyChannel)
            {
                LogNoWayToReach(logger, userId);
                return;
            }

            try
            {
                var created = await messenger.CreatePersonalConversationAsync(anyChannel.ServiceUrl, anyChannel.TenantId, userId, cancellationToken);
                known = new PersonalConversation(userId, anyChannel.TenantId, anyChannel.ServiceUrl, ProactiveMessenger.Write(created));
                await personalChats.SavePersonalConversationAsync(known, cancellationToken);
            }
            catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
            {
                LogNoWayToReach(logger, userId);
                return;
            }
        }

        await SendOnceAsync(pair, "user:" + userId, known.Language, known.ConversationReference, partnerId, first, second, channel: null, cancellationToken);
    }

    private async Task SendOnceAsync(
        string pair, string recipient, string language, string conversationReference, string partnerId, ContactSummary first, ContactSummary second,
        ChannelRecord? channel, CancellationToken cancellationToken)
    {
        var claimPartition = "alert-" + pair;
        var claimRow = TableKeys.Hash(recipient);
        if (await _claims.TryClaimAsync(claimPartition, claimRow, Lease, cancellationToken) != ClaimOutcome.Claimed)
        {
            return;
        }

        try
        {
            var context = await cards.ContextAsync(language, cancellationToken);
            var card = CoordinationAlertCard.Build(partnerId, first, second, options.Value.AlertWindowDays, context);
            await messenger.PostAsync(ProactiveMessenger.Read(conversationReference), ChannelCards.Activity(card, context), cancellationToken);
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
        {
            await _claims.CompleteAsync(claimPartition, claimRow, cancellationToken);
            if (channel is not null)
            {
                await channelStore.MarkInactiveAsync(channel.Key, e.GoneReason, cancellationToken);
            }

            LogNoWayToReach(logger, recipient);
            return;
        }
        catch
        {
            await _claims.ReleaseAsync(claimPartition, claimRow, CancellationToken.None);
            throw;
        }

        // Posted: the claim is never released now, so the alert cannot go out twice.
        if (!await _claims.TryCompleteAsync(claimPartition, claimRow, cancellationToken))
        {
            LogNotMarked(logger, recipient);
        }

        metrics.MessageSent("alert");
        LogAlerted(logger, recipient, first.ContactId, second.ContactId);
    }

    private async Task<IReadOnlyList<string>> LoggerIdsAsync(ContactSummary first, ContactSummary second, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var summary in new[] { first, second })
        {
            if (await contacts.GetAsync(summary.ContactId, cancellationToken) is { } full)
            {
                ids.AddRange(full.Loggers.Select(l => l.UserId));
            }
        }

        return ids.Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coordination alert to {Recipient} for contacts {First} and {Second}")]
    private static partial void LogAlerted(ILogger logger, string recipient, string first, string second);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coordination alert to {Recipient} sent but not marked done; it stays claimed")]
    private static partial void LogNotMarked(ILogger logger, string recipient);

    [LoggerMessage(Level = LogLevel.Information, Message = "No way to reach {Recipient} in Teams: the alert goes to the channel only")]
    private static partial void LogNoWayToReach(ILogger logger, string recipient);
}
