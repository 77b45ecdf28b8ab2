using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>
/// "what is coming up with the OSCE?", "prévu avec le HCR": the contacts planned ahead. A choice between partners repeats
/// as a status request, whose card lists the next planned contacts too.
/// </summary>
public sealed class PlannedContactsHandler(PartnerReplies partners) : IIntentHandler
{
    public IntentKind Kind => IntentKind.PlannedContacts;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        foreach (var partnerId in await AskedPartners.ResolveAsync(turn, intent, BotAction.Status, null, cancellationToken))
        {
            await partners.SendPlannedAsync(turn, partnerId, intent.Period, cancellationToken);
        }
    }
}
