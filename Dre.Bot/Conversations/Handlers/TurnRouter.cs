using Dre.Bot.Cards;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>
/// Sends each intent and each card button to its one handler. Keyed by <see cref="IntentKind"/> and <see cref="BotAction"/>
/// (not by strings), so that a renamed action still reaches its handler, and two handlers for one key fail at start.
/// </summary>
public sealed class TurnRouter
{
    private readonly Dictionary<IntentKind, IIntentHandler> _intents;
    private readonly Dictionary<BotAction, ICardActionHandler> _actions;

    public TurnRouter(IEnumerable<IIntentHandler> intents, IEnumerable<ICardActionHandler> actions)
    {
        _intents = intents.ToDictionary(h => h.Kind);
        _actions = actions.ToDictionary(h => h.Action);
    }

    public IReadOnlyCollection<BotAction> Actions => _actions.Keys;

    public Task OnIntentAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken) =>
        (_intents.GetValueOrDefault(intent.Kind) ?? _intents[IntentKind.Unknown]).HandleAsync(turn, intent, cancellationToken);

    public async Task OnCardSubmitAsync(BotTurn turn, JObject submitted, CancellationToken cancellationToken)
    {
        var action = BotAction.Find(SubmitData.Text(submitted, BotAction.Key));
        var partnerId = SubmitData.Text(submitted, "partnerId");
        var submit = new CardSubmit(submitted, partnerId, partnerId is not null && turn.Partners.Exists(partnerId));
        if (action is not null && _actions.TryGetValue(action, out var handler) && await handler.HandleAsync(turn, submit, cancellationToken))
        {
            return;
        }

        if (action is not null && partnerId is not null && !submit.PartnerKnown)
        {
            await turn.SayAsync(turn.Texts.PartnerGone, cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Texts.UnknownAction, cancellationToken);
        await turn.SendCardAsync(HelpCard.Build(turn.Cards, welcome: false), cancellationToken);
    }
}
