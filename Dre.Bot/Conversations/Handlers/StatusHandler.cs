using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"status Morocco", and the Status button of a card that names a partner.</summary>
public sealed class StatusHandler(PartnerReplies partners) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.Status;

    public BotAction Action => BotAction.Status;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.PartnerQuery is null)
        {
            await turn.SayAsync(turn.Texts.WhichPartner, cancellationToken);
        }
        else if (await PartnerReplies.ResolveAsync(turn, intent.PartnerQuery, BotAction.Status, null, quietIfNone: false, cancellationToken) is { } partner)
        {
            await partners.SendStatusAsync(turn, partner.Id, cancellationToken);
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
