using Dre.Bot.Notifications;
using Dre.Core.Digest;
using Dre.Core.Notifications;

namespace Dre.Service.Digest;

/// <summary>The e-mail copy of a subscriber's digest, in the language they chose in Teams; failures are thrown for the runner to retry.</summary>
public sealed partial class DigestMailDelivery(IDigestSubscriptions subscriptions, ChannelCards cards, DigestMailer mailer, ILogger<DigestMailDelivery> logger)
{
    public async Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, DigestProgress progress, CancellationToken cancellationToken)
    {
        if (progress.PagesSent > 0)
        {
            return;
        }

        var subscription = await subscriptions.GetSubscriptionAsync(recipient.Id, cancellationToken);
        if (subscription?.Email is not { } email)
        {
            LogSubscriberGone(logger, recipient.DisplayName);
            return;
        }

        var context = await cards.ContextAsync(subscription.Language, cancellationToken);
        await mailer.SendAsync(email, digest, context, cancellationToken);
        await progress.PageSentAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest recipient {Recipient} no longer subscribes with an e-mail address: dropped")]
    private static partial void LogSubscriberGone(ILogger logger, string recipient);
}
