using Dre.Core.Localization;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Dre.Core.Partners;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Dre.Bot.Notifications;

/// <summary>What proactive cards need around them: the reader's language, the partners' names, the allowed links, now.</summary>
public sealed class ChannelCards(IPartnerDirectory partners, CardLinks links, TimeProvider time)
{
    public async Task<CardContext> ContextAsync(string language, CancellationToken cancellationToken) =>
        new(Texts.For(language == "fr" ? Language.French : Language.English), await partners.GetSnapshotAsync(cancellationToken), links, time.GetUtcNow());

    public static Activity Activity(JsonObject card, CardContext context) =>
        (Activity)MessageFactory.Attachment(AdaptiveCard.ToAttachment(BotTurn.StampLanguage(card, context.Language)));
}
