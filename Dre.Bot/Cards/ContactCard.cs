using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>One contact in full, as "open the contact" shows it to someone allowed to see it.</summary>
public static class ContactCard
{
    /// <param name="canDelete">The reader the card is rendered for may delete the contact: only then has it the button.</param>
    public static JsonObject Build(Contact contact, CardContext context, bool canDelete)
    {
        var body = new List<JsonNode?> { Heading(CardText.Clean(string.Join(", ", contact.PartnerIds.Select(context.PartnerName)), 200)) };
        body.AddRange(ContactDetails.Body(contact, context));
        foreach (var note in contact.Notes.TakeLast(5))
        {
            body.Add(Plain($"{CardText.Clean(note.Author, 100)} · {context.Date(note.At)}: {CardText.Clean(note.Text, 600)}", isSubtle: true));
        }

        if (contact.Outcome is { Length: > 0 } outcome)
        {
            body.Add(Plain(CardText.Clean(outcome, 800)));
        }

        return Card(body, [.. Actions(contact, context), .. ContactPlanActions.For(contact, context), .. ContactRecordActions.For(contact, context, canDelete)]);
    }

    /// <summary>The partner's state of play, the contact in the web app when it is configured, and its plan's buttons.</summary>
    public static JsonObject WithActions(IEnumerable<JsonNode?> body, Contact contact, CardContext context) =>
        Card(body, [.. Actions(contact, context), .. ContactPlanActions.For(contact, context)]);

    public static IEnumerable<JsonNode?> Actions(Contact contact, CardContext context)
    {
        var t = context.Texts;
        var partner = contact.PartnerIds.Count > 0 ? contact.PartnerIds[0] : null;
        return
        [
            partner is null ? null : Submit(t.StateOfPlay, BotAction.Status, new JsonObject { ["partnerId"] = partner }),
            OpenUrl(t.OpenInApp, context.Links.ToTab($"contacts/{Uri.EscapeDataString(contact.Id)}")),
        ];
    }
}
