using Dre.Bot.Cards;
using Dre.Core.Notifications;
using Dre.Core.Partners;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>
/// "what is coming up with the OSCE?", "prévu avec le HCR", "upcoming contacts in the neighbourhood portfolio": the
/// contacts planned ahead. A choice between partners repeats
/// as a status request, whose card lists the next planned contacts too.
/// </summary>
public sealed class PlannedContactsHandler(PartnerReplies partners) : IIntentHandler
{
    public IntentKind Kind => IntentKind.PlannedContacts;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.Targets is { Count: > 0 } portfolios)
        {
            await partners.SendPlannedInAsync(turn, [.. portfolios.Select(ChannelKeys.PortfolioOf).OfType<Portfolio>()], intent.Period, cancellationToken);
            return;
        }

        foreach (var partnerId in await AskedPartners.ResolveAsync(turn, intent, BotAction.Status, null, cancellationToken))
        {
            await partners.SendPlannedAsync(turn, partnerId, intent.Period, cancellationToken);
        }
    }
}
