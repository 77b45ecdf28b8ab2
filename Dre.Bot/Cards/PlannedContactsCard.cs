using System.Text.Json.Nodes;
using Dre.Bot.Conversations;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>The contacts planned ahead, with or without a partner, soonest first; long lists stop with a "more" line.</summary>
public static class PlannedContactsCard
{
    public static JsonObject Build(IReadOnlyList<ContactSummary> planned, string? partnerId, Period period, CardContext context)
    {
        var t = context.Texts;
        var body = new List<JsonNode?>
        {
            Heading(partnerId is null ? t.PlannedTitle : t.PlannedWith(CardText.Clean(context.PartnerName(partnerId), 200))),
            Text(t.PeriodLine(context.Date(period.From), context.Date(period.To.AddTicks(-1))), isSubtle: true),
            planned.Count == 0 ? Text(t.NothingPlanned) : null,
        };
        body.AddRange(planned.OrderBy(c => c.Start).Take(ContactListCard.MaxShown).Select(c => StatusCard.ContactLine(c, context)));
        if (planned.Count > ContactListCard.MaxShown)
        {
            body.Add(Text(t.MoreLines(planned.Count - ContactListCard.MaxShown), isSubtle: true));
        }

        var link = context.Links.ToApp(partnerId is null ? "contacts" : $"contacts?partner={Uri.EscapeDataString(partnerId)}");
        return Card(body.Where(b => b is not null), partnerId is null
            ? [OpenUrl(t.OpenInApp, link)]
            : [Submit(t.LogContactWith, BotAction.OpenContactForm, new JsonObject { ["partnerId"] = partnerId }), OpenUrl(t.OpenInApp, link)]);
    }
}
