using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using Dre.Core.Partners;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// A briefing on a partner: the reader's own planned contact with it when there is one, then the partner's status as the
/// reader may see it (relation, state of play, the latest contacts of any MAE, open follow-ups, who else meets it soon).
/// Sent to the people who logged a planned contact the day before, and answered on demand ("brief me on Morocco").
/// </summary>
public static class BriefingCard
{
    public static JsonObject Build(PartnerStatus status, ContactSummary? yours, CardContext context)
    {
        var t = context.Texts;
        var partner = CardText.Clean(status.Partner.DisplayName(context.Language), 200);
        // The reader's contact is at the top; "next planned contacts" are then who else meets the partner soon.
        var others = yours is null ? status : status with { PlannedContacts = [.. status.PlannedContacts.Where(c => c.ContactId != yours.ContactId)] };
        var card = StatusCard.Build(others, context, canEditStateOfPlay: false);
        var body = card["body"]!.AsArray();
        JsonNode?[] header = yours is null
            ?
            [
                Heading("🗂 " + t.BriefingOn(partner)),
                Text(t.BriefingOnIntro, isSubtle: true),
            ]
            :
            [
                Heading("🗂 " + t.BriefingTitle(partner)),
                Text(t.BriefingIntro, isSubtle: true),
                Section(t.YourContact),
                StatusCard.ContactLine(yours, context),
            ];
        for (var i = header.Length - 1; i >= 0; i--)
        {
            body.Insert(0, header[i]);
        }

        return card;
    }
}
