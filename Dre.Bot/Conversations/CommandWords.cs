using Dre.Core.Digest;
using Dre.Core.Notifications;
using static Dre.Bot.Conversations.PhraseMatch;
using V = Dre.Bot.Conversations.IntentVocabulary;

namespace Dre.Bot.Conversations;

/// <summary>The commands a message may give (settings, digest, follow-ups, logging a contact), read before any question about a partner.</summary>
internal static class CommandWords
{
    /// <summary>Multi-word names first; the UN last, because in French "un" is also an article.</summary>
    private static readonly RouteTarget[] TargetOrder =
    [
        RouteTarget.Eu, RouteTarget.Osce, RouteTarget.ObserverStates, RouteTarget.Neighbourhood, RouteTarget.OtherOrganisations,
        RouteTarget.SubRegional, RouteTarget.Managers, RouteTarget.Un,
    ];

    /// <summary>The command <paramref name="words"/> give, or null when they give none (they may then ask about a partner).</summary>
    public static Intent? Read(List<string> words, DateTimeOffset now)
    {
        var v = V.Default;
        if (Contains(words, v[V.RouteVerbs]) && Take(words, v[V.Here]))
        {
            return new Intent(IntentKind.RouteHere, Targets: TakeTargets(words, v));
        }

        if (Take(words, v[V.Unsubscribe]))
        {
            return new Intent(IntentKind.Unsubscribe);
        }

        var daily = Take(words, v[V.Daily]);
        var weekly = Take(words, v[V.Weekly]);
        if (Take(words, v[V.Subscribe]) || daily || weekly)
        {
            return new Intent(IntentKind.Subscribe, Frequency: daily ? DigestFrequency.Daily : DigestFrequency.Weekly);
        }

        if (Take(words, v[V.Preview]))
        {
            return new Intent(IntentKind.DigestPreview);
        }

        if (Take(words, v[V.Settings]) && Rest(words) is null)
        {
            return new Intent(IntentKind.Settings);
        }

        // A date in "log a contact with the OSCE yesterday" is not part of the partner's name.
        PeriodWords.TakePeriod(words, now, out _);
        if (Take(words, v[V.Log]))
        {
            return new Intent(IntentKind.LogContact, Rest(words));
        }

        if (Take(words, v[V.Overdue]))
        {
            return new Intent(IntentKind.OverdueFollowUps);
        }

        return Take(words, v[V.MyFollowUps]) ? new Intent(IntentKind.MyFollowUps) : null;
    }

    /// <summary>Takes the names of routing targets from <paramref name="words"/>, in a fixed order, each once.</summary>
    public static List<RouteTarget> TakeTargets(List<string> words, V v)
    {
        var targets = new List<RouteTarget>();
        foreach (var target in TargetOrder)
        {
            if (Take(words, v[V.Target(target)]) && !targets.Contains(target))
            {
                targets.Add(target);
            }
        }

        return targets;
    }
}
