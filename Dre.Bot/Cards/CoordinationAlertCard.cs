using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>Two contacts with one partner by different MAEs, close in time: the people who can coordinate them see both side by side.</summary>
public static class CoordinationAlertCard
{
    /// <param name="firstLoggers">Who logged <paramref name="first"/> and has an address the reader may be shown: one "chat with" button opens a Teams chat with them; none without one.</param>
    /// <param name="secondLoggers">The same for <paramref name="second"/>.</param>
    public static JsonObject Build(
        string partnerId, ContactSummary first, ContactSummary second, int windowDays, CardContext context,
        IReadOnlyList<ChatTarget>? firstLoggers = null, IReadOnlyList<ChatTarget>? secondLoggers = null)
    {
        var t = context.Texts;
        var partner = CardText.Clean(context.PartnerName(partnerId), 200);
        return Card(
        [
            Heading("⚠ " + t.CoordinationTitle(partner)),
            Plain(t.CoordinationIntro(partner, windowDays), color: "Warning"),
            Side(first, partnerId, context),
            Side(second, partnerId, context),
            Text(t.CoordinationAdvice, isSubtle: true),
        ],
        [
            ContactDetails.OpenButton(t.OpenContactOn(context.Date(first.Start)), first.ContactId),
            ChatButton(firstLoggers, partner, first, second, context),
            ContactDetails.OpenButton(t.OpenContactOn(context.Date(second.Start)), second.ContactId),
            ChatButton(secondLoggers, partner, first, second, context),
        ]);
    }

    /// <summary>Opens a Teams chat with one side's loggers, its first message asking to coordinate; none when no address is known.</summary>
    private static JsonObject? ChatButton(IReadOnlyList<ChatTarget>? loggers, string partner, ContactSummary first, ContactSummary second, CardContext context)
    {
        if (loggers is not { Count: > 0 })
        {
            return null;
        }

        var t = context.Texts;
        var names = CardText.Clean(string.Join(", ", loggers.Select(l => l.Name).Distinct()), 120);
        var message = t.CoordinationChatMessage(partner, context.Date(first.Start), context.Date(second.Start));
        return OpenUrl(t.ChatWith(names), context.Links.ToTeamsChat(loggers, t.CoordinationChatTopic(partner), message));
    }

    /// <summary>
    /// What an alert becomes once it no longer holds: that it was withdrawn, and nothing of who, what or with whom, so that
    /// it cannot tell a channel which of its contacts became restricted.
    /// </summary>
    public static JsonObject Withdrawn(CardContext context) =>
        Card([Text("✓ " + context.Texts.CoordinationWithdrawnTitle, weight: "Bolder"), Text(context.Texts.CoordinationWithdrawn, isSubtle: true)]);

    /// <summary>One contact; its partners are named when the alert is about their family rather than one partner of it.</summary>
    private static JsonObject Side(ContactSummary contact, string partnerId, CardContext context)
    {
        var t = context.Texts;
        var withFamily = contact.PartnerIds.Contains(partnerId) ? [] : new[] { (t.Partners, CardText.Clean(string.Join(", ", contact.PartnerIds.Select(context.PartnerName)), 300)) };
        var who = string.Join(", ", contact.CoeParticipants.Take(6).Select(p => p.Mae is { Length: > 0 } mae ? $"{p.Name} ({mae})" : p.Name));
        return Container(
        [
            Plain(CardText.Clean(contact.Subject, 300), weight: "Bolder"),
            Facts(
            [
                (t.When, context.DateTime(contact.Start)),
                .. withFamily,
                (t.ContactKindLabel, t.ContactKindName(contact.Kind)),
                (t.Who, CardText.Clean(who, 400)),
                (t.LoggedBy, CardText.Clean(string.Join(", ", contact.LoggedBy.Distinct()), 200)),
            ]),
        ], separator: true);
    }
}
