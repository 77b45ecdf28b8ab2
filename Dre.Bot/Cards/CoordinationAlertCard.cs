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
        var partner = CardText.Clean(context.PartnerName(partnerId), 200);
        return Card(
        [
            Heading("⚠ " + t.CoordinationTitle(partner)),
            Plain(t.CoordinationIntro(partner, windowDays), color: "Warning"),
            Side(first, context),
            Side(second, context),
            Text(t.CoordinationAdvice, isSubtle: true),
        ],
        [
            ContactDetails.OpenButton(t.OpenContactOn(context.Date(first.Start)), first.ContactId),
            ContactDetails.OpenButton(t.OpenContactOn(context.Date(second.Start)), second.ContactId),
        ]);
    }

    private static JsonObject Side(ContactSummary contact, CardContext context)
    {
        var t = context.Texts;
        var who = string.Join(", ", contact.CoeParticipants.Take(6).Select(p => p.Mae is { Length: > 0 } mae ? $"{p.Name} ({mae})" : p.Name));
        return Container(
        [
            Plain(CardText.Clean(contact.Subject, 300), weight: "Bolder"),
            Facts(
            [
                (t.When, context.DateTime(contact.Start)),
                (t.ContactKindLabel, t.ContactKindName(contact.Kind)),
                (t.Who, CardText.Clean(who, 400)),
                (t.LoggedBy, CardText.Clean(string.Join(", ", contact.LoggedBy.Distinct()), 200)),
            ]),
        ], separator: true);
    }
}
