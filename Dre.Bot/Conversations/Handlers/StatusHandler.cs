using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"status Morocco" (or "where do we stand with Morocco and Tunisia?"), and the Status button of a card that names a partner.</summary>
public sealed class StatusHandler(PartnerReplies partners) : PartnerAnswerHandler(IntentKind.Status, BotAction.Status)
{
    protected override Task AnswerAsync(BotTurn turn, string partnerId, CancellationToken cancellationToken) =>
        partners.SendStatusAsync(turn, partnerId, cancellationToken);
}
