using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Dre.Bot.Conversations.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Conversations;

/// <summary>Every button a card can carry and every intent the recognizer yields reaches a handler of its own.</summary>
public sealed class TurnRouterTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public void EveryBotAction_HasItsHandler()
    {
        var router = bot.Services.GetRequiredService<TurnRouter>();

        Assert.Equal(BotAction.All.OrderBy(a => a.Name), router.Actions.OrderBy(a => a.Name));
    }

    [Fact]
    public void EveryIntentKind_HasItsHandler()
    {
        var kinds = bot.Services.GetServices<IIntentHandler>().Select(h => h.Kind).Order();

        Assert.Equal(Enum.GetValues<IntentKind>().Order(), kinds);
    }
}
