using Dre.Bot.Cards;
using Dre.Bot.Notifications;
using Dre.Core.Digest;
using Dre.Core.Notifications;

namespace Dre.Bot.Digest;

/// <summary>
/// Posts a digest's card to its recipient's conversation, once: a slot with any message recorded as sent is done, even
/// one recorded when the digest went out as several pages, so that a retry never posts it again. A recipient Teams no
/// longer knows (403/404) is dropped, the channel marked inactive or the subscription ended, rather than failing every
/// slot; other failures are thrown so that the runner frees the claim and the scheduler tries again.
/// </summary>
public sealed partial class TeamsDigestDelivery(
    IChannelStore channelStore,
    IDigestSubscriptions subscriptions,
    ProactiveMessenger messenger,
    ChannelCards cards,
    ILogger<TeamsDigestDelivery> logger) : IDigestDelivery
{
    public async Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, DigestProgress progress, CancellationToken cancellationToken = default)
    {
        if (progress.PagesSent > 0)
        {
            return;
        }

        var (reference, language, channelKey, userId) = await FindAsync(recipient, cancellationToken);
        if (reference is null)
        {
            LogRecipientGone(logger, recipient.DisplayName, null);
            return;
        }

        var context = await cards.ContextAsync(language, cancellationToken);
        var conversation = ProactiveMessenger.Read(reference);
        try
        {
            var card = DigestCard.Build(digest, context, DigestChartImage.DataUri(digest, context.Texts));
            await messenger.PostAsync(conversation, ChannelCards.Activity(card, context), cancellationToken);
            await progress.PageSentAsync(cancellationToken);
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
        {
            if (channelKey is not null)
            {
                await channelStore.MarkInactiveAsync(channelKey, e.GoneReason, cancellationToken);
            }
            else if (userId is not null)
            {
                await subscriptions.UnsubscribeAsync(userId, cancellationToken);
            }

            LogRecipientGone(logger, recipient.DisplayName, e.Status);
        }
    }

    private async Task<(string? Reference, string Language, string? ChannelKey, string? UserId)> FindAsync(DigestRecipient recipient, CancellationToken cancellationToken)
    {
        if (recipient.Route == DigestRoute.Channel)
        {
            var channel = await channelStore.GetChannelAsync(recipient.Id, cancellationToken);
            return (channel is { Active: true } ? channel.ConversationReference : null, channel?.Language ?? "en", recipient.Id, null);
        }

        var subscription = await subscriptions.GetSubscriptionAsync(recipient.Id, cancellationToken);
        return (subscription?.ConversationReference, subscription?.Language ?? "en", null, recipient.Id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest recipient {Recipient} is gone (Teams answered {Status}): dropped")]
    private static partial void LogRecipientGone(ILogger logger, string recipient, int? status);
}
