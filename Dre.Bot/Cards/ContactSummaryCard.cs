using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// What a portfolio's channel sees when a contact is logged or changes. A restricted contact shows nothing of its content:
/// at most who logged it, and only when the service is configured to say so.
/// </summary>
public static class ContactSummaryCard
{
    public static JsonObject Build(Contact contact, CardContext context)
    {
        var t = context.Texts;
        var partners = CardText.Clean(string.Join(", ", contact.PartnerIds.Select(context.PartnerName)), 200);
        var body = new List<JsonNode?>
        {
            Heading(contact.Revision > 1 ? t.ContactUpdatedWith(partners) : t.NewContactWith(partners)),
        };
        body.AddRange(ContactDetails.Body(contact, context));
        return Card(body, [ContactDetails.OpenButton(t.OpenContact, contact.Id), .. ContactCard.Actions(contact, context)]);
    }

    public static JsonObject RestrictedNotice(Contact contact, CardContext context) =>
        Card([Plain("🔒 " + context.Texts.RestrictedContactLoggedBy(CardText.Clean(contact.FirstLogger.Name, 120)))]);

    /// <summary>What a deleted contact's card becomes: that it was removed, without who, what or with whom.</summary>
    public static JsonObject Removed(CardContext context) => Card([Text("🗑 " + context.Texts.ContactRemoved)]);
}
