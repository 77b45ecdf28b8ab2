using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Notifications;
using Dre.Core.Partners;
using Dre.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Notifications;

/// <summary>
/// Takes one contact from the outbox to Teams: its summary in the channel of each of its partners' portfolios (posted the
/// first time, updated in place afterwards), then the coordination alerts it gives rise to or makes wrong.
/// </summary>
public sealed partial class ContactNotifier(
    IContactStore contacts,
    IPartnerDirectory partners,
    IChannelStore channelStore,
    IRouteStore routeStore,
    TablePostedCards postedCards,
    ProactiveMessenger messenger,
    ChannelCards cards,
    CoordinationAlerts alerts,
    CoordinationAlertRevisions alertRevisions,
    IOptions<NotificationOptions> options,
    DreMetrics metrics,
    ILogger<ContactNotifier> logger)
{
    public async Task NotifyAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (await contacts.GetAsync(item.ContactId, cancellationToken) is not { } contact)
        {
            return;
        }

        foreach (var channel in await ChannelsForAsync(contact, cancellationToken))
        {
            await (contact.Deletion is null
                ? PostSummaryAsync(channel, contact, cancellationToken)
                : MarkRemovedAsync(channel, contact, cancellationToken));
        }

        // Alerts already posted follow the contact (moved, cancelled, removed, restricted); then new overlaps are alerted.
        // A cancelled meeting overlaps with nothing: its card says cancelled, and it raises no alert.
        await alertRevisions.ReviseAsync(contact, cancellationToken);
        if (contact.Deletion is null && contact.Status != ContactStatus.Cancelled)
        {
            await alerts.CheckAsync(contact, cancellationToken);
        }
    }

    /// <summary>The active channels routed to the portfolios of the contact's partners, each once.</summary>
    public async Task<IReadOnlyList<ChannelRecord>> ChannelsForAsync(Contact contact, CancellationToken cancellationToken)
    {
        var snapshot = await partners.GetSnapshotAsync(cancellationToken);
        var routes = await routeStore.GetRoutesAsync(cancellationToken);
        var channels = new List<ChannelRecord>();
        foreach (var key in contact.PartnerIds
                     .Select(id => snapshot.Find(id)?.Portfolio)
                     .OfType<Portfolio>()
                     .Select(ChannelKeys.For)
                     .Where(routes.ContainsKey)
                     .Select(target => routes[target])
                     .Distinct(StringComparer.Ordinal))
        {
            if (await channelStore.GetChannelAsync(key, cancellationToken) is { Active: true } channel)
            {
                channels.Add(channel);
            }
        }

        return channels;
    }

    private async Task PostSummaryAsync(ChannelRecord channel, Contact contact, CancellationToken cancellationToken)
    {
        var posted = await postedCards.GetAsync(channel.Key, contact.Id, cancellationToken);
        if (posted is not null && posted.Revision >= contact.Revision)
        {
            return;
        }

        var restricted = contact.Confidentiality == Confidentiality.Restricted;
        if (restricted && !options.Value.RestrictedNotice)
        {
            // Nothing may show: a card posted before the contact became restricted is taken down.
            if (posted is not null)
            {
                await messenger.DeleteAsync(ProactiveMessenger.Read(channel.ConversationReference), posted.ActivityId, cancellationToken);
                await postedCards.SaveAsync(posted with { Revision = contact.Revision }, cancellationToken);
            }

            return;
        }

        var context = await cards.ContextAsync(channel.Language, cancellationToken);
        var card = restricted ? ContactSummaryCard.RestrictedNotice(contact, context) : ContactSummaryCard.Build(contact, context);
        var reference = ProactiveMessenger.Read(channel.ConversationReference);
        try
        {
            string? activityId = null;
            if (posted is not null)
            {
                try
                {
                    await messenger.UpdateAsync(reference, posted.ActivityId, ChannelCards.Activity(card, context), cancellationToken);
                    activityId = posted.ActivityId;
                }
                catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
                {
                    // Someone deleted the card: it is posted again. If the channel itself is gone, the post says so.
                    LogCardGone(logger, contact.Id, channel.Key);
                }
            }

            activityId ??= await messenger.PostAsync(reference, ChannelCards.Activity(card, context), cancellationToken);

            await postedCards.SaveAsync(new PostedCard(channel.Key, contact.Id, activityId, contact.Revision), cancellationToken);
            metrics.MessageSent(posted is null ? "summary" : "summary-update");
            LogPosted(logger, contact.Id, contact.Revision, channel.Key, posted is null ? "posted" : "updated");
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
        {
            // 403/404: the app left the team or the channel went away. Kept for the record, no longer posted to.
            await channelStore.MarkInactiveAsync(channel.Key, e.GoneReason, cancellationToken);
            LogChannelGone(logger, channel.Key, e.Status);
        }
    }

    /// <summary>
    /// A deleted contact's card says "removed" and nothing else; one never posted stays unposted, and one taken down
    /// (restricted without notices) or deleted by someone is not posted back.
    /// </summary>
    private async Task MarkRemovedAsync(ChannelRecord channel, Contact contact, CancellationToken cancellationToken)
    {
        if (await postedCards.GetAsync(channel.Key, contact.Id, cancellationToken) is not { } posted || posted.Revision >= contact.Revision)
        {
            return;
        }

        var context = await cards.ContextAsync(channel.Language, cancellationToken);
        try
        {
            await messenger.UpdateAsync(ProactiveMessenger.Read(channel.ConversationReference), posted.ActivityId, ChannelCards.Activity(ContactSummaryCard.Removed(context), context), cancellationToken);
            metrics.MessageSent("summary-removed");
            LogPosted(logger, contact.Id, contact.Revision, channel.Key, "marked removed");
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
        {
            LogCardGone(logger, contact.Id, channel.Key);
        }

        await postedCards.SaveAsync(posted with { Revision = contact.Revision }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary of contact {ContactId} revision {Revision} {What} in channel {ChannelKey}")]
    private static partial void LogPosted(ILogger logger, string contactId, int revision, string channelKey, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "The card of contact {ContactId} in channel {ChannelKey} is gone")]
    private static partial void LogCardGone(ILogger logger, string contactId, string channelKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {ChannelKey} answered {Status}: marked inactive")]
    private static partial void LogChannelGone(ILogger logger, string channelKey, int? status);
}
