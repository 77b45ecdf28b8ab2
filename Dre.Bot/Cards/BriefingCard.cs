using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using Dre.Core.Partners;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// What the people who logged a planned contact read the day before: their contact, then the partner's status as they
/// may see it (relation, state of play, the latest contacts of any MAE, open follow-ups, who else meets it soon).
/// </summary>
public static class BriefingCard
{
    public static JsonObject Build(Contact contact, PartnerStatus status, CardContext context)
    {
        var t = context.Texts;
        // The contact itself is at the top; "next planned contacts" are then who else meets the partner soon.
        var card = StatusCard.Build(status with { PlannedContacts = [.. status.PlannedContacts.Where(c => c.ContactId != contact.Id)] }, context, canEditStateOfPlay: false);
        var body = card["body"]!.AsArray();
        JsonNode?[] header =
        [
            Heading("🗂 " + t.BriefingTitle(CardText.Clean(status.Partner.DisplayName(context.Language), 200))),
            Text(t.BriefingIntro, isSubtle: true),
            Section(t.YourContact),
            StatusCard.ContactLine(ContactSummary.Of(contact), context),
        ];
        for (var i = header.Length - 1; i >= 0; i--)
        {
            body.Insert(0, header[i]);
        }

        return card;
    }
}
