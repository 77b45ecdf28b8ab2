using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using Dre.Core.Validation;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Routing;

/// <summary>"route EU here", "envoyer ici le portefeuille OSCE", and the settings card that lists and changes routes.</summary>
public sealed class SettingsReplies(IChannelStore channelStore, IRouteStore routeStore, ChannelRouting routing, IDigestSubscriptions subscriptions, ChannelRegistry registry)
{
    public async Task RouteHereAsync(BotTurn turn, IReadOnlyList<RouteTarget> targets, CancellationToken cancellationToken)
    {
        if (ChannelRegistry.ChannelKeyOf(turn.Context.Activity) is not { } here)
        {
            await turn.SayAsync(turn.Texts.RouteOnlyInChannel, cancellationToken);
            return;
        }

        if (targets.Count == 0)
        {
            await turn.SayAsync(turn.Texts.WhichPortfolio, cancellationToken);
            await SendAsync(turn, cancellationToken);
            return;
        }

        await RouteAsync(turn, here, targets, cancellationToken);
    }

    /// <summary>The settings card's "save": the ticked portfolios come here, those unticked that were here stop; others keep their channels.</summary>
    public async Task SetRoutesAsync(BotTurn turn, JObject submitted, CancellationToken cancellationToken)
    {
        if (ChannelRegistry.ChannelKeyOf(turn.Context.Activity) is not { } here)
        {
            await turn.SayAsync(turn.Texts.RouteOnlyInChannel, cancellationToken);
            return;
        }

        var targets = (SubmitData.Text(submitted, SettingsCard.TargetsInput, 500) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Enum.TryParse<RouteTarget>(v, ignoreCase: false, out var t) && Enum.IsDefined(t) ? t : (RouteTarget?)null)
            .OfType<RouteTarget>()
            .Distinct()
            .ToList();
        var routedHere = (await routeStore.GetRoutesAsync(cancellationToken)).Where(r => r.Value == here).Select(r => r.Key).ToList();
        var stopped = routedHere.Except(targets).ToList();
        if (targets.Count == 0 && stopped.Count == 0)
        {
            await turn.SayAsync(turn.Texts.RoutesUnchanged, cancellationToken);
            return;
        }

        if (!turn.User.IsDreOfficer)
        {
            await turn.SayAsync(turn.Texts.OnlyOfficersRoute, cancellationToken);
            return;
        }

        foreach (var target in stopped)
        {
            await routing.ClearRouteAsync(target, here, turn.User, cancellationToken);
        }

        if (stopped.Count > 0)
        {
            await turn.SayAsync(turn.Texts.NoLongerRoutedHere(string.Join(", ", stopped.Select(turn.Texts.RouteTargetName))), cancellationToken);
        }

        if (targets.Count > 0)
        {
            await RouteAsync(turn, here, targets, cancellationToken);
        }
    }

    public async Task SendAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        var routes = await routeStore.GetRoutesAsync(cancellationToken);
        var labelled = new Dictionary<RouteTarget, (string, string)>();
        foreach (var (target, channelKey) in routes)
        {
            if (await channelStore.GetChannelAsync(channelKey, cancellationToken) is { Active: true } channel)
            {
                labelled[target] = (channelKey, turn.Texts.ChannelLabel(channel.TeamName, channel.ChannelName));
            }
        }

        var activity = turn.Context.Activity;
        var personal = ChannelRegistry.IsPersonalChat(activity);
        DigestFrequency? frequency = personal ? (await subscriptions.GetSubscriptionAsync(turn.User.UserId, cancellationToken))?.Frequency : null;
        var card = SettingsCard.Build(labelled, ChannelRegistry.ChannelKeyOf(activity), turn.User.IsDreOfficer, (personal, frequency), turn.Cards);
        await turn.SendCardAsync(card, cancellationToken);
    }

    private async Task RouteAsync(BotTurn turn, string here, IReadOnlyList<RouteTarget> targets, CancellationToken cancellationToken)
    {
        if (!turn.User.IsDreOfficer)
        {
            await turn.SayAsync(turn.Texts.OnlyOfficersRoute, cancellationToken);
            return;
        }

        // The channel may predate the install event (or have missed it): the command itself makes it known.
        await registry.OnChannelMessageAsync(turn.Context, turn.Cards.Language == Dre.Core.Partners.Language.French ? "fr" : "en", cancellationToken);
        try
        {
            foreach (var target in targets)
            {
                await routing.SetRouteAsync(target, here, turn.User, cancellationToken);
            }
        }
        catch (NotFoundException)
        {
            await turn.SayAsync(turn.Texts.ChannelUnknown, cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Texts.RoutedHere(string.Join(", ", targets.Select(turn.Texts.RouteTargetName))), cancellationToken);
    }
}
