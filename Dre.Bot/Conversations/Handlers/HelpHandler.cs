using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"help", and the Help button.</summary>
public sealed class HelpHandler : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.Help;

    public BotAction Action => BotAction.Help;

    public Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken) => SendAsync(turn, cancellationToken);

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        await SendAsync(turn, cancellationToken);
        return true;
    }

    private static Task SendAsync(BotTurn turn, CancellationToken cancellationToken) =>
        turn.SendCardAsync(HelpCard.Build(turn.Cards, welcome: false), cancellationToken);
}
