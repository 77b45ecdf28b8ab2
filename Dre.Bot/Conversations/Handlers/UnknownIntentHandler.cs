using Dre.Bot.Cards;
using Dre.Core.Partners;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>A message that asks nothing the bot knows: a bare partner name is a status request; anything else gets examples.</summary>
public sealed class UnknownIntentHandler(PartnerReplies partners) : IIntentHandler
{
    public IntentKind Kind => IntentKind.Unknown;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.PartnerQuery is { } query
            && await PartnerReplies.ResolveAsync(turn, query, BotAction.Status, null, quietIfNone: true, cancellationToken) is { } named)
        {
            await partners.SendStatusAsync(turn, named.Id, cancellationToken);
        }
        else if (intent.PartnerQuery is null || turn.Partners.Resolver.Resolve(intent.PartnerQuery).Kind == PartnerResolutionKind.None)
        {
            await turn.SayAsync(turn.Texts.NotUnderstood, cancellationToken);
        }
    }
}
