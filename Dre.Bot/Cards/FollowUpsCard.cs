using System.Text.Json.Nodes;
using Dre.Core.FollowUps;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>Open follow-ups, each with a "Done" button; the card is refreshed in place after one is completed.</summary>
public static class FollowUpsCard
{
    public const int MaxShown = 15;

    public static JsonObject Build(IReadOnlyList<OpenFollowUp> followUps, FollowUpsView view, CardContext context)
    {
        var t = context.Texts;
        var body = new List<JsonNode?> { Heading(view == FollowUpsView.Overdue ? t.OverdueFollowUpsTitle : t.MyFollowUpsTitle) };
        if (followUps.Count == 0)
        {
            body.Add(Text(view == FollowUpsView.Overdue ? t.NoOverdue : t.NoMyFollowUps));
        }

        foreach (var followUp in followUps.OrderBy(f => f.Due ?? DateOnly.MaxValue).Take(MaxShown))
        {
            var data = new JsonObject { ["contactId"] = followUp.ContactId, ["followUpId"] = followUp.FollowUpId, ["view"] = view.ToString() };
            var line = StatusCard.FollowUpLine(followUp, context);
            var partners = Plain(CardText.Clean(string.Join(", ", followUp.PartnerIds.Take(4).Select(context.PartnerName)), 200), size: "Small", isSubtle: true);
            body.Add(RowWithButton([.. line["items"]!.AsArray().Select(n => n!.DeepClone()), partners], Submit(t.Done, BotAction.CompleteFollowUp, data)));
        }

        if (followUps.Count > MaxShown)
        {
            body.Add(Text(t.MoreLines(followUps.Count - MaxShown), isSubtle: true));
        }

        return Card(body, [OpenUrl(t.OpenInApp, context.Links.ToTab("partners"))]);
    }
}

public enum FollowUpsView
{
    Mine,
    Overdue,
}
