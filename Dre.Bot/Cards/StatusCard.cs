using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Partners;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>A partner's status: what a member of staff reads before a meeting.</summary>
public static class StatusCard
{
    public const string StateOfPlayInput = "stateOfPlay";
    private const int StateOfPlayShown = 3_000;

    public static JsonObject Build(PartnerStatus status, CardContext context, bool canEditStateOfPlay)
    {
        var t = context.Texts;
        var partner = status.Partner;
        var relation = partner.Relation;
        var body = new List<JsonNode?>
        {
            Heading(CardText.Clean(partner.DisplayName(context.Language), 300)),
            Facts(
            [
                (t.KindLabel, t.Kind(partner.Kind)),
                (t.PartOf, status.Parent is { } parent ? CardText.Clean(parent.DisplayName(context.Language), 200) : ""),
                (t.Relation, CardText.Clean(relation.Summary?.In(context.Language), 500)),
                (t.ObserverSince, relation.ObserverSince is { } since ? context.Day(since) : ""),
                (t.Partnership, relation.NeighbourhoodPartnership is { } np ? CardText.Clean($"{np.Name.In(context.Language)} ({np.Period})", 300) : ""),
                (t.Priorities, relation.NeighbourhoodPartnership is { } p ? CardText.Clean(string.Join(", ", p.Priorities.Select(x => x.In(context.Language))), 600) : ""),
                (t.Memberships, CardText.Clean(string.Join(", ", relation.Memberships), 400)),
                (t.Conventions, CardText.Clean(string.Join(", ", relation.Conventions), 400)),
            ]),
            Section(t.StateOfPlay),
        };
        if (partner.StateOfPlay is { } sop)
        {
            body.Add(Plain(CardText.Clean(sop.Text, StateOfPlayShown)));
            body.Add(Plain(t.UpdatedBy(CardText.Clean(sop.Author, 200), context.Date(sop.UpdatedAt)), size: "Small", isSubtle: true));
        }
        else
        {
            body.Add(Text(t.NoStateOfPlay, isSubtle: true));
        }

        body.Add(Section(t.LatestContacts));
        body.AddRange(status.LatestContacts.Count == 0 ? [Text(t.NoContacts, isSubtle: true)] : status.LatestContacts.Select(c => ContactLine(c, context)));
        body.Add(Section(t.OpenFollowUps));
        body.AddRange(status.OpenFollowUps.Count == 0 ? [Text(t.NoFollowUps, isSubtle: true)] : status.OpenFollowUps.Select(f => FollowUpLine(f, context)));
        body.Add(Section(t.PlannedContacts));
        body.AddRange(status.PlannedContacts.Count == 0 ? [Text(t.NothingPlanned, isSubtle: true)] : status.PlannedContacts.Select(c => ContactLine(c, context)));

        var partnerData = new JsonObject { ["partnerId"] = partner.Id };
        List<JsonNode?> actions =
        [
            Submit(t.LogContactWith, BotAction.OpenContactForm, partnerData.DeepClone().AsObject()),
            Submit(t.AllContacts, BotAction.Contacts, partnerData.DeepClone().AsObject()),
        ];
        if (canEditStateOfPlay && partner.Version is { } version)
        {
            actions.Add(ShowCard(t.UpdateStateOfPlay, StateOfPlayForm(partner, version, context)));
        }

        actions.Add(OpenUrl(t.OpenInApp, context.Links.ToPartner(partner.Id)));
        return Card(body, actions);
    }

    /// <summary>One contact on one line: date, kind, subject, then who (with their MAE) and with which partners.</summary>
    public static JsonObject ContactLine(ContactSummary contact, CardContext context)
    {
        var t = context.Texts;
        var people = contact.CoeParticipants.Count > 0
            ? string.Join(", ", contact.CoeParticipants.Take(4).Select(p => p.Mae is { Length: > 0 } mae ? $"{p.Name} ({mae})" : p.Name))
            : string.Join(", ", contact.LoggedBy.Take(3));
        var partners = string.Join(", ", contact.PartnerIds.Take(4).Select(context.PartnerName));
        return Container(
        [
            Runs(Bold(context.Date(contact.Start)), Run($" · {t.ContactKindName(contact.Kind)} · {CardText.Clean(contact.Subject, 160)}")),
            Plain($"{CardText.Clean(people, 240)} · {CardText.Clean(partners, 200)}", size: "Small", isSubtle: true),
        ], separator: true);
    }

    public static JsonObject FollowUpLine(OpenFollowUp followUp, CardContext context)
    {
        var t = context.Texts;
        var due = followUp.Due is { } d ? " · " + t.Due(context.Day(d)) : "";
        var overdue = followUp.Due is not null && followUp.IsOverdue(context.Today) ? $" ({t.Overdue})" : "";
        var owner = followUp.OwnerName ?? followUp.Owner;
        return Container(
        [
            Runs(Run(CardText.Clean(followUp.Text, 200) + due), Bold(overdue)),
            Plain($"{(owner is null ? "" : $"{t.Owner}: {CardText.Clean(owner, 120)} · ")}{CardText.Clean(followUp.ContactSubject, 120)} ({context.Date(followUp.ContactStart)})", size: "Small", isSubtle: true),
        ], separator: true);
    }

    private static JsonObject StateOfPlayForm(Partner partner, string version, CardContext context)
    {
        var t = context.Texts;
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = StateOfPlayInput,
            ["isMultiline"] = true,
            ["maxLength"] = 4_000,
            ["isRequired"] = true,
            ["label"] = t.StateOfPlay,
            ["errorMessage"] = t.StateOfPlayRequired,
            ["value"] = CardText.Plain(partner.StateOfPlay?.Text, 4_000),
        };
        var data = new JsonObject { ["partnerId"] = partner.Id, ["version"] = version };
        return Card([input], [Submit(t.Save, BotAction.UpdateStateOfPlay, data, validate: true)]);
    }
}
