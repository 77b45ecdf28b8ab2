using Dre.Core.Notifications;
using static Dre.Bot.Conversations.PhraseMatch;
using V = Dre.Bot.Conversations.IntentVocabulary;

namespace Dre.Bot.Conversations;

/// <summary>
/// A question about partners, read from the words around the partners' names: a briefing ("brief me on", "prépare-moi
/// un point sur") before planned contacts ahead ("coming up", "à venir", a period ahead) before contact lists ("who met",
/// "qui a rencontré", a period past) before status, which is also what a message naming partners and asking nothing
/// else wants.
/// </summary>
internal static class QuestionWords
{
    /// <param name="words">The message's words, without the names of the partners found in it.</param>
    /// <param name="partnerIds">The partners found, in reading order; none when the directory was not asked or named none.</param>
    public static Intent Read(List<string> words, IReadOnlyList<string> partnerIds, DateTimeOffset now)
    {
        var v = V.Default;
        var period = PeriodWords.TakePeriod(words, now, out var periodError);
        // Every cue is taken (no short cut), so that with no partner found what is left is only the name typed.
        var briefing = TakeAll(words, v[V.Briefing]);
        var planned = TakeAll(words, v[V.Planned]) | period?.From > now;
        if (!briefing && planned && partnerIds.Count == 0 && PortfoliosAsked(words, v) is { Count: > 0 } portfolios)
        {
            return new Intent(IntentKind.PlannedContacts, null, period, periodError, Targets: portfolios);
        }

        var contacts = TakeAll(words, v[V.Contacts]) | period is not null | periodError;
        var status = TakeAll(words, v[V.Status]);
        // "help" or "hello" alone asks for help; with something else, that something may be a partner the resolver judges.
        TakeAll(words, v[V.Help]);
        TakeAll(words, v[V.Greetings]);
        var rest = Rest(words);

        var kind = briefing ? IntentKind.Briefing
            : planned ? IntentKind.PlannedContacts
            : contacts ? IntentKind.Contacts
            : status || partnerIds.Count > 0 ? IntentKind.Status
            : rest is null ? IntentKind.Help
            : IntentKind.Unknown;

        return partnerIds.Count > 0
            ? new Intent(kind, partnerIds[0], period, periodError, PartnerIds: partnerIds)
            : new Intent(kind, rest, period, periodError);
    }

    /// <summary>
    /// "upcoming contacts in the neighbourhood portfolio": the portfolios named by words that are no partner's name. The EU,
    /// the OSCE and the UN are partners, found as such (with the bodies below them); "un" is also a French article.
    /// </summary>
    private static List<RouteTarget> PortfoliosAsked(List<string> words, V v)
    {
        var portfolios = CommandWords.TakeTargets(words, v)
            .Where(t => t is not (RouteTarget.Eu or RouteTarget.Osce or RouteTarget.Un or RouteTarget.Managers)).ToList();
        if (portfolios.Count > 0)
        {
            TakeAll(words, v[V.Portfolio]);
        }

        return portfolios;
    }
}
