using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"brief me on Morocco" / « prépare-moi un point sur le Maroc »: the card the day-before briefing sends, on demand.</summary>
public sealed class BriefingHandler(PartnerReplies partners) : PartnerAnswerHandler(IntentKind.Briefing, BotAction.Briefing)
{
    protected override Task AnswerAsync(BotTurn turn, string partnerId, CancellationToken cancellationToken) =>
        partners.SendBriefingAsync(turn, partnerId, cancellationToken);
}
