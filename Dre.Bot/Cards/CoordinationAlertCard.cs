using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>Two contacts with one partner by different MAEs, close in time: the people who can coordinate them see both side by side.</summary>
public static class CoordinationAlertCard
{
    public static JsonObject Build(string partnerId, ContactSummary first, ContactSummary second, int windowDays, CardContext context)
    {
        var t = context.Texts;
        var partner = CardText.Escape(context.PartnerName(partnerId), 200);
        return Card(
        [
            Heading("⚠ " + t.CoordinationTitle(partner)),
            Text(t.CoordinationIntro(partner, windowDays), color: "Warning"),
            Side(first, context),
            Side(second, context),
            Text(t.CoordinationAdvice, isSubtle: true),
        ],
        [
            ContactDetails.OpenButton(t.OpenContactOn(context.Date(first.Start)), first.ContactId),
            ContactDetails.OpenButton(t.OpenContactOn(context.Date(second.Start)), second.ContactId),
        ]);
    }

    /// <summary>
    /// What an alert becomes once it no longer holds: that it was withdrawn, and nothing of who, what or with whom, so that
    /// it cannot tell a channel which of its contacts became restricted.
    /// </summary>
    public static JsonObject Withdrawn(CardContext context) =>
        Card([Text("✓ " + context.Texts.CoordinationWithdrawnTitle, weight: "Bolder"), Text(context.Texts.CoordinationWithdrawn, isSubtle: true)]);

    private static JsonObject Side(ContactSummary contact, CardContext context)
    {
        var t = context.Texts;
        var who = string.Join(", ", contact.CoeParticipants.Take(6).Select(p => p.Mae is { Length: > 0 } mae ? $"{p.Name} ({mae})" : p.Name));
        return Container(
        [
            Text($"**{CardText.Escape(contact.Subject, 300)}**"),
            Facts(
            [
                (t.When, context.DateTime(contact.Start)),
                (t.ContactKindLabel, t.ContactKindName(contact.Kind)),
                (t.Who, CardText.Escape(who, 400)),
                (t.LoggedBy, CardText.Escape(string.Join(", ", contact.LoggedBy.Distinct()), 200)),
            ]),
        ], separator: true);
    }
}
