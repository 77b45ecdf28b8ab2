using Dre.Bot.Cards;
using Dre.Bot.Routing;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"route EU here" in a team channel.</summary>
public sealed class RouteHereHandler(SettingsReplies settings) : IIntentHandler
{
    public IntentKind Kind => IntentKind.RouteHere;

    public Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken) => settings.RouteHereAsync(turn, intent.Targets ?? [], cancellationToken);
}

/// <summary>"settings", and its button.</summary>
public sealed class SettingsHandler(SettingsReplies settings) : AnswerHandler(IntentKind.Settings, BotAction.Settings)
{
    protected override Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken) => settings.SendAsync(turn, cancellationToken);
}

/// <summary>The portfolios ticked on the settings card.</summary>
public sealed class SetRoutesHandler(SettingsReplies settings) : ICardActionHandler
{
    public BotAction Action => BotAction.SetRoutes;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        await settings.SetRoutesAsync(turn, submit.Data, cancellationToken);
        return true;
    }
}
