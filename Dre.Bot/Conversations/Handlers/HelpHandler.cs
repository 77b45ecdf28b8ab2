using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"help", and the Help button.</summary>
public sealed class HelpHandler() : AnswerHandler(IntentKind.Help, BotAction.Help)
{
    protected override Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken) =>
        turn.SendCardAsync(HelpCard.Build(turn.Cards, welcome: false), cancellationToken);
}
