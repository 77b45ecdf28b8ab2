using System.Text.Json.Nodes;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>The welcome card (on install) and the help card: what the bot understands, with examples and shortcuts.</summary>
public static class HelpCard
{
    public static JsonObject Build(CardContext context, bool welcome)
    {
        var t = context.Texts;
        List<JsonNode?> body =
        [
            Heading(welcome ? t.WelcomeTitle : t.HelpTitle),
            welcome ? Text(t.WelcomeIntro) : null,
            Text("• " + t.HelpStatus),
            Text("• " + t.HelpContacts),
            Text("• " + t.HelpLog),
            Text("• " + t.HelpFollowUps),
            Text("• " + t.HelpDigest),
            Text("• " + t.HelpRoutes),
        ];
        return Card(body,
        [
            Submit(t.LogContactTitle, BotAction.OpenContactForm),
            Submit(t.MyFollowUpsTitle, BotAction.MyFollowUps),
            Submit(t.OverdueFollowUpsTitle, BotAction.OverdueFollowUps),
            Submit(t.SettingsTitle, BotAction.Settings),
        ]);
    }
}
