using System.Text.Json.Nodes;
using Dre.Bot.Conversations;
using Dre.Core.Contacts;
using Dre.Core.Partners;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>The contacts planned ahead, with or without a partner, soonest first; long lists stop with a "more" line.</summary>
public static class PlannedContactsCard
{
    /// <summary>What the list covers: every partner, one partner and the bodies below it, or some portfolios.</summary>
    public sealed record Scope(string? PartnerId, IReadOnlyList<Portfolio> PortfolioList)
    {
        public static Scope Partner(string? partnerId) => new(partnerId, []);

        public static Scope Portfolios(IReadOnlyList<Portfolio> portfolios) => new(null, portfolios);
    }

    public static JsonObject Build(IReadOnlyList<ContactSummary> planned, Scope scope, Period period, CardContext context)
    {
        var t = context.Texts;
        var partnerId = scope.PartnerId;
        var title = partnerId is not null ? t.PlannedWith(CardText.Clean(context.PartnerName(partnerId), 200))
            : scope.PortfolioList.Count > 0 ? t.PlannedIn(string.Join(", ", scope.PortfolioList.Select(t.PortfolioName)))
            : t.PlannedTitle;
        var body = new List<JsonNode?>
        {
            Heading(title),
            Text(t.PeriodLine(context.Date(period.From), context.Date(period.To.AddTicks(-1))), isSubtle: true),
            planned.Count == 0 ? Text(t.NothingPlanned) : null,
        };
        body.AddRange(planned.OrderBy(c => c.Start).Take(ContactListCard.MaxShown).Select(c => StatusCard.ContactLine(c, context)));
        if (planned.Count > ContactListCard.MaxShown)
        {
            body.Add(Text(t.MoreLines(planned.Count - ContactListCard.MaxShown), isSubtle: true));
        }

        var link = partnerId is null ? context.Links.ToTab("ahead") : context.Links.ToPartner(partnerId);
        return Card(body.Where(b => b is not null), partnerId is null
            ? [OpenUrl(t.OpenInApp, link)]
            : [Submit(t.LogContactWith, BotAction.OpenContactForm, new JsonObject { ["partnerId"] = partnerId }), OpenUrl(t.OpenInApp, link)]);
    }
}
