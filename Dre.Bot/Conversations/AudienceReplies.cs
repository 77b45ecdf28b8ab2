using System.Text.Json.Nodes;
using Dre.Bot.Notifications;
using Dre.Bot.Teams;
using Dre.Core.Identity;
using Dre.Core.Notifications;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Conversations;

/// <summary>
/// A channel or a group chat is not a private room: an answer posted there is rendered for the conversation's audience
/// (<see cref="BotTurn.Reader"/>), and what only the asker may see goes to the asker's personal chat, with a line in the
/// thread saying so. In a personal chat the asker is the audience.
/// </summary>
public sealed class AudienceReplies(IPersonalConversationStore personalChats, IOptions<TeamsBotOptions> bot)
{
    /// <summary>Renders the cards for each reader (none: nothing that reader may see); false when neither may see anything.</summary>
    public async Task<bool> SendAsync(BotTurn turn, Func<UserContext, Task<IReadOnlyList<JsonObject>>> render, bool replace, CancellationToken cancellationToken)
    {
        var shared = await render(turn.Reader);
        // Compared before sending: sending stamps the buttons, which would make the two renderings differ.
        var own = turn.IsShared ? await render(turn.User) : shared;
        var ownDiffers = !own.Select(c => c.ToJsonString()).SequenceEqual(shared.Select(c => c.ToJsonString()));
        foreach (var (card, i) in shared.Select((c, i) => (c, i)))
        {
            await (replace && i == 0 ? turn.ReplaceCardAsync(card, cancellationToken) : turn.SendCardAsync(card, cancellationToken));
        }

        if (ownDiffers)
        {
            await SendPrivatelyAsync(turn, own, cancellationToken);
        }

        return shared.Count > 0 || own.Count > 0;
    }

    public Task<bool> SendAsync(BotTurn turn, Func<UserContext, Task<JsonObject>> render, bool replace, CancellationToken cancellationToken) =>
        SendAsync(turn, async reader => (IReadOnlyList<JsonObject>)[await render(reader)], replace, cancellationToken);

    /// <summary>Sends cards meant for the asker alone to their personal chat, and says so where they asked.</summary>
    public async Task SendPrivatelyAsync(BotTurn turn, IReadOnlyList<JsonObject> cards, CancellationToken cancellationToken)
    {
        if (cards.Count == 0)
        {
            return;
        }

        if (await personalChats.GetPersonalConversationAsync(turn.User.UserId, cancellationToken) is not { } chat)
        {
            await turn.SayAsync(turn.Texts.WriteToMeForYourView, cancellationToken);
            return;
        }

        var activities = cards.Select(turn.CardActivity).ToList();
        await turn.Context.Adapter.ContinueConversationAsync(
            bot.Value.MicrosoftAppId ?? "",
            ProactiveMessenger.Read(chat.ConversationReference),
            async (personal, ct) =>
            {
                foreach (var activity in activities)
                {
                    await personal.SendActivityAsync(activity, ct);
                }
            },
            cancellationToken);
        await turn.SayAsync(turn.Texts.SentToPersonalChat, cancellationToken);
    }
}
