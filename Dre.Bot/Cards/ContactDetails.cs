using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>A contact as every card shows it: subject, facts (when, kind, partners, who met with their MAE, confidentiality, loggers), summary and follow-ups.</summary>
public static class ContactDetails
{
    public static IEnumerable<JsonNode?> Body(Contact c, CardContext context)
    {
        var t = context.Texts;
        yield return Plain(CardText.Clean(c.Subject, 300), weight: "Bolder");
        yield return Facts(
        [
            (t.When, context.DateTime(c.Start)),
            (t.StatusLabel, ContactPlanActions.StatusText(c, context)),
            (t.ContactKindLabel, t.ContactKindName(c.Kind)),
            (t.Partners, CardText.Clean(string.Join(", ", c.PartnerIds.Select(context.PartnerName)), 400)),
            (t.Who, CardText.Clean(string.Join(", ", c.CoeParticipants.Take(10).Select(p => p.Mae is { Length: > 0 } mae ? $"{p.Name} ({mae})" : p.Name)), 600)),
            (t.ConfidentialityLabel, t.ConfidentialityName(c.Confidentiality)),
            (t.LoggedBy, CardText.Clean(string.Join(", ", c.Loggers.Select(l => l.Name).Distinct()), 300)),
        ]);
        if (c.Summary is { Length: > 0 } summary)
        {
            yield return Plain(CardText.Clean(summary, 1_500), isSubtle: true);
        }

        var open = c.FollowUps.Where(f => !f.Done).ToList();
        if (open.Count > 0)
        {
            yield return Section(t.OpenFollowUps);
            foreach (var f in open.Take(10))
            {
                yield return Plain("• " + CardText.Clean(f.Text, 200) + (f.Due is { } d ? " · " + t.Due(context.Day(d)) : ""));
            }
        }
    }

    /// <summary>The button that shows a contact in full to whoever presses it, as far as they may see it.</summary>
    public static JsonObject OpenButton(string title, string contactId) =>
        Submit(title, BotAction.ShowContact, new JsonObject { ["contactId"] = contactId });
}
