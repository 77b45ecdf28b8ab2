using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>What replaces the form once the contact is logged: a summary, with no submit button left to press twice.</summary>
public static class ContactLoggedCard
{
    /// <summary>Someone logged it before as restricted, and not for this person: that much is said, nothing more.</summary>
    public static JsonObject Withheld(CardContext context) =>
        Card([Heading(context.Texts.AlreadyLoggedRestricted)]);

    public static JsonObject Build(LogResult result, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(result.Contact);
        var t = context.Texts;
        var body = new List<JsonNode?>
        {
            Heading("✓ " + t.ContactLogged),
            result.AlreadyLogged ? Plain(t.AlreadyLoggedBy(CardText.Clean(string.Join(", ", result.LoggedBefore.Select(l => l.Name).Distinct()), 300)), color: "Warning") : null,
        };
        body.AddRange(ContactDetails.Body(result.Contact, context));
        return ContactCard.WithActions(body, result.Contact, context);
    }
}
