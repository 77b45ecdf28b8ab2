using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>What replaces the form once the contact is logged: a summary, with no submit button left to press twice.</summary>
public static class ContactLoggedCard
{
    public static JsonObject Build(LogResult result, CardContext context)
    {
        var t = context.Texts;
        var c = result.Contact;
        var body = new List<JsonNode?>
        {
            Heading("✓ " + t.ContactLogged),
            result.AlreadyLogged ? Text(t.AlreadyLoggedBy(CardText.Escape(string.Join(", ", result.LoggedBefore.Select(l => l.Name).Distinct()), 300)), color: "Warning") : null,
            Text($"**{CardText.Escape(c.Subject, 300)}**"),
            Facts(
            [
                (t.When, context.DateTime(c.Start)),
                (t.ContactKindLabel, t.ContactKindName(c.Kind)),
                (t.Partners, CardText.Escape(string.Join(", ", c.PartnerIds.Select(context.PartnerName)), 400)),
                (t.Who, CardText.Escape(string.Join(", ", c.CoeParticipants.Take(10).Select(p => p.Mae is { Length: > 0 } mae ? $"{p.Name} ({mae})" : p.Name)), 600)),
                (t.ConfidentialityLabel, t.ConfidentialityName(c.Confidentiality)),
                (t.LoggedBy, CardText.Escape(string.Join(", ", c.Loggers.Select(l => l.Name).Distinct()), 300)),
            ]),
            c.Summary is { Length: > 0 } summary ? Text(CardText.Escape(summary, 1_500), isSubtle: true) : null,
        };
        if (c.FollowUps.Count > 0)
        {
            body.Add(Section(t.OpenFollowUps));
            body.AddRange(c.FollowUps.Take(10).Select(f => Text("• " + CardText.Escape(f.Text, 200) + (f.Due is { } d ? " · " + t.Due(context.Day(d)) : ""))));
        }

        var partner = c.PartnerIds.Count > 0 ? c.PartnerIds[0] : null;
        return Card(body,
        [
            partner is null ? null : Submit(t.StateOfPlay, BotAction.Status, new JsonObject { ["partnerId"] = partner }),
            OpenUrl(t.OpenInApp, context.Links.ToApp($"contacts/{Uri.EscapeDataString(c.Id)}")),
        ]);
    }
}
