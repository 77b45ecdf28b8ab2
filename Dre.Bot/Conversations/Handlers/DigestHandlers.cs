using Dre.Bot.Cards;
using Dre.Bot.Digest;
using Dre.Core.Digest;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"subscribe to the digest" (weekly unless daily is asked for), and its buttons.</summary>
public sealed class SubscribeHandler(DigestReplies digests) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.Subscribe;

    public BotAction Action => BotAction.Subscribe;

    public Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken) =>
        digests.SubscribeAsync(turn, intent.Frequency ?? DigestFrequency.Weekly, cancellationToken);

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var frequency = submit.Text("frequency") == nameof(DigestFrequency.Daily) ? DigestFrequency.Daily : DigestFrequency.Weekly;
        await digests.SubscribeAsync(turn, frequency, cancellationToken);
        return true;
    }
}

/// <summary>"unsubscribe", and its button.</summary>
public sealed class UnsubscribeHandler(DigestReplies digests) : AnswerHandler(IntentKind.Unsubscribe, BotAction.Unsubscribe)
{
    protected override Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken) => digests.UnsubscribeAsync(turn, cancellationToken);
}

/// <summary>"digest preview", and its button.</summary>
public sealed class DigestPreviewHandler(DigestReplies digests) : AnswerHandler(IntentKind.DigestPreview, BotAction.DigestPreview)
{
    protected override Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken) => digests.PreviewAsync(turn, cancellationToken);
}
