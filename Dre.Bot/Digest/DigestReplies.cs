using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Dre.Bot.Notifications;
using Dre.Bot.Routing;
using Dre.Core.Audit;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using Dre.Core.Partners;

namespace Dre.Bot.Digest;

/// <summary>"subscribe to the digest", "daily", "weekly", "unsubscribe", "digest preview", in English and French.</summary>
public sealed class DigestReplies(IDigestSubscriptions subscriptions, DigestPreview preview, AudienceReplies audience, AuditTrail audit, TimeProvider time)
{
    public async Task SubscribeAsync(BotTurn turn, DigestFrequency frequency, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        if (!ChannelRegistry.IsPersonalChat(activity))
        {
            await turn.SayAsync(turn.Texts.SubscribeOnlyInPersonalChat, cancellationToken);
            return;
        }

        var user = turn.User;
        var language = turn.Cards.Language == Language.French ? "fr" : "en";
        await subscriptions.SubscribeAsync(
            new DigestSubscription(user.UserId, user.Name, user.Email, frequency, ProactiveMessenger.Write(activity.GetConversationReference()), language) { OtherAddresses = user.OtherAddresses },
            cancellationToken);
        await RecordAsync(AuditAction.Subscribed, turn, frequency.ToString(), cancellationToken);
        await turn.SayAsync(turn.Texts.SubscribedTo(frequency), cancellationToken);
    }

    public async Task UnsubscribeAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (await subscriptions.GetSubscriptionAsync(turn.User.UserId, cancellationToken) is null)
        {
            await turn.SayAsync(turn.Texts.WasNotSubscribed, cancellationToken);
            return;
        }

        await subscriptions.UnsubscribeAsync(turn.User.UserId, cancellationToken);
        await RecordAsync(AuditAction.Unsubscribed, turn, null, cancellationToken);
        await turn.SayAsync(turn.Texts.Unsubscribed, cancellationToken);
    }

    private Task RecordAsync(AuditAction action, BotTurn turn, string? frequency, CancellationToken cancellationToken) =>
        audit.WriteAsync(
            AuditTrail.SubscriptionsSubject,
            new AuditEntry(time.GetUtcNow(), AuditActor.Of(turn.User), ChangeOrigin.Bot, action, [new FieldChange("frequency", null, frequency)]),
            cancellationToken);

    /// <summary>The digest the next slot would send, rendered for the conversation's audience (restricted contacts only for those allowed).</summary>
    public async Task PreviewAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        await audience.SendAsync(turn, async reader =>
        {
            var digest = await preview.BuildAsync(reader, DigestFrequency.Weekly, cancellationToken);
            return DigestCard.Build(digest, turn.Cards, DigestChartImage.DataUri(digest, turn.Cards.Texts));
        }, replace: false, cancellationToken);
    }
}
