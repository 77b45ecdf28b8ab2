using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>
/// A message that asks nothing the bot knows: what is left of it may be a partner's name (then its status), else the
/// answer says that no partner was found in it, with the partners its words come close to.
/// </summary>
public sealed class UnknownIntentHandler(PartnerReplies partners) : IIntentHandler
{
    public IntentKind Kind => IntentKind.Unknown;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.PartnerQuery is null)
        {
            await turn.SayAsync(turn.Texts.NotUnderstood, cancellationToken);
        }
        else if (await PartnerReplies.ResolveAsync(turn, intent.PartnerQuery, BotAction.Status, null, cancellationToken) is { } named)
        {
            await partners.SendStatusAsync(turn, named.Id, cancellationToken);
        }
    }
}
