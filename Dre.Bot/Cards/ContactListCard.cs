using System.Text.Json.Nodes;
using Dre.Bot.Conversations;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>Contacts of a period, with or without a partner, newest first; long lists stop with a "more" line.</summary>
public static class ContactListCard
{
    public const int MaxShown = 15;

    public static JsonObject Build(IReadOnlyList<ContactSummary> contacts, string? partnerId, Period period, CardContext context)
    {
        var t = context.Texts;
        var title = partnerId is null ? t.ContactsTitle : t.ContactsWith(CardText.Clean(context.PartnerName(partnerId), 200));
        var body = new List<JsonNode?>
        {
            Heading(title),
            Text(t.PeriodLine(context.Date(period.From), context.Date(period.To.AddTicks(-1))), isSubtle: true),
        };
        if (contacts.Count == 0)
        {
            body.Add(Text(t.NoContactsInPeriod));
        }

        body.AddRange(contacts.OrderByDescending(c => c.Start).Take(MaxShown).Select(c => StatusCard.ContactLine(c, context)));
        if (contacts.Count > MaxShown)
        {
            body.Add(Text(t.MoreLines(contacts.Count - MaxShown), isSubtle: true));
        }

        var actions = new List<JsonNode?>();
        if (partnerId is not null)
        {
            actions.Add(Submit(t.LogContactWith, BotAction.OpenContactForm, new JsonObject { ["partnerId"] = partnerId }));
            actions.Add(Submit(t.StateOfPlay, BotAction.Status, new JsonObject { ["partnerId"] = partnerId }));
        }

        actions.Add(OpenUrl(t.OpenInApp, partnerId is null ? context.Links.ToTab("partners") : context.Links.ToPartner(partnerId)));
        return Card(body, actions);
    }
}
