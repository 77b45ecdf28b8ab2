using Dre.Core.Localization;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Visibility;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Dre.Bot.Conversations;

/// <summary>One turn as the bot's handlers see it: the Teams turn, who is asking, in which language, and how to answer.</summary>
public sealed class BotTurn(ITurnContext context, UserContext user, CardContext cards)
{
    public ITurnContext Context { get; } = context;
    public UserContext User { get; } = user;

    /// <summary>Outside a personal chat, everyone in the conversation reads the answer: render for what all of them may see.</summary>
    public bool IsShared => !Routing.ChannelRegistry.IsPersonalChat(Context.Activity);

    /// <summary>Who an answer posted here is for: the asker in a personal chat, the conversation's audience elsewhere.</summary>
    public UserContext Reader => IsShared ? Readers.ConversationAudience(Context.Activity.Conversation?.Id ?? "") : User;

    public CardContext Cards { get; } = cards;
    public Texts Texts => Cards.Texts;
    public PartnerSnapshot Partners => Cards.Partners;

    public Task SayAsync(string text, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    public Task SendCardAsync(JsonObject card, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(CardActivity(card), cancellationToken);

    /// <summary>Replaces the card whose button was pressed (so that it cannot be pressed again), or sends the card when there is none to replace.</summary>
    public async Task ReplaceCardAsync(JsonObject card, CancellationToken cancellationToken)
    {
        if (Context.Activity.ReplyToId is { Length: > 0 } cardActivityId)
        {
            var update = CardActivity(card);
            update.Id = cardActivityId;
            update.Conversation = Context.Activity.Conversation;
            await Context.UpdateActivityAsync(update, cancellationToken);
            return;
        }

        await SendCardAsync(card, cancellationToken);
    }

    public Activity CardActivity(JsonObject card) => (Activity)MessageFactory.Attachment(AdaptiveCard.ToAttachment(StampLanguage(card, Cards.Language)));

    /// <summary>Every button remembers the language of the card it is on, so that the answer to a click is in the same language.</summary>
    public static JsonObject StampLanguage(JsonObject card, Language language)
    {
        foreach (var submit in Descendants(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "Action.Submit"))
        {
            if (submit["data"] is JsonObject data)
            {
                data[LanguageKey] = language == Language.French ? "fr" : "en";
            }
        }

        return card;
    }

    public const string LanguageKey = "lang";

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
