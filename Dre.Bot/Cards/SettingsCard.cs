using System.Text.Json.Nodes;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// What "settings" shows: where each portfolio is posted, changeable from a channel by those allowed (tick to post a
/// portfolio here, untick to stop), and one's own digest.
/// </summary>
public static class SettingsCard
{
    public const string TargetsInput = "targets";

    /// <param name="routes">Each routed target with the label of its channel.</param>
    /// <param name="hereKey">The channel the card is shown in, when it is one; it can then be chosen for portfolios.</param>
    /// <param name="subscription">Null in a channel (subscriptions are personal); otherwise the reader's frequency, or none.</param>
    public static JsonObject Build(
        IReadOnlyDictionary<RouteTarget, (string ChannelKey, string Label)> routes,
        string? hereKey,
        bool canRoute,
        (bool Personal, DigestFrequency? Frequency) subscription,
        CardContext context)
    {
        var t = context.Texts;
        var body = new List<JsonNode?> { Heading(t.SettingsTitle), Section(t.RoutesSection) };
        body.Add(Facts(Enum.GetValues<RouteTarget>().Select(target =>
            (t.RouteTargetName(target), routes.TryGetValue(target, out var route) ? CardText.Clean(route.Label, 200) : t.NotRouted))));
        if (hereKey is not null && canRoute)
        {
            var routedHere = routes.Where(r => r.Value.ChannelKey == hereKey).Select(r => r.Key.ToString());
            body.Add(new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = TargetsInput,
                ["label"] = t.RouteHereLabel,
                ["isMultiSelect"] = true,
                ["style"] = "expanded",
                ["value"] = string.Join(',', routedHere),
                ["choices"] = new JsonArray([.. Enum.GetValues<RouteTarget>().Select(target => (JsonNode)new JsonObject
                {
                    ["title"] = t.RouteTargetName(target),
                    ["value"] = target.ToString(),
                })]),
            });
            body.Add(ActionSet([Submit(t.SaveRoutes, BotAction.SetRoutes, validate: true)]));
        }

        if (subscription.Personal)
        {
            body.Add(Section(t.DigestSection));
            body.Add(Text(subscription.Frequency is { } f ? t.SubscribedTo(f) : t.NotSubscribed));
            body.Add(ActionSet(
            [
                subscription.Frequency == DigestFrequency.Weekly ? null : Submit(t.WeeklyButton, BotAction.Subscribe, new JsonObject { ["frequency"] = nameof(DigestFrequency.Weekly) }),
                subscription.Frequency == DigestFrequency.Daily ? null : Submit(t.DailyButton, BotAction.Subscribe, new JsonObject { ["frequency"] = nameof(DigestFrequency.Daily) }),
                subscription.Frequency is null ? null : Submit(t.UnsubscribeButton, BotAction.Unsubscribe),
            ]));
        }

        return Card(body, [Submit(t.PreviewButton, BotAction.DigestPreview)]);
    }
}
