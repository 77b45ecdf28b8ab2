using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"status Morocco" (or "where do we stand with Morocco and Tunisia?"), and the Status button of a card that names a partner.</summary>
public sealed class StatusHandler(PartnerReplies partners) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.Status;

    public BotAction Action => BotAction.Status;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        foreach (var partnerId in await AskedPartners.ResolveAsync(turn, intent, BotAction.Status, null, cancellationToken))
        {
            await (partnerId is null ? turn.SayAsync(turn.Texts.WhichPartner, cancellationToken) : partners.SendStatusAsync(turn, partnerId, cancellationToken));
        }
    }

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!submit.PartnerKnown)
        {
            return false;
        }

        await partners.SendStatusAsync(turn, submit.PartnerId!, cancellationToken);
        return true;
    }
}
