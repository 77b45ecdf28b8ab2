using System.Text.RegularExpressions;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using Dre.Core.Partners;

namespace Dre.Bot.Conversations;

/// <summary>
/// Reads what a message asks for, in English or French, from key phrases matched on whole normalized words (never
/// substrings: "statut" must not be found inside another word). The rest of the message is the partner's name, which the
/// partner resolver judges. Pure: the same text and instant always give the same intent.
/// </summary>
public static partial class IntentRecognizer
{
    /// <summary>Longer than any request; the rest of a pasted text is not read.</summary>
    public const int MaxReadLength = 500;

    private static readonly string[][] HelpPhrases = Phrases("help", "aide", "what can you do", "que sais tu faire", "hello", "hi", "bonjour", "salut", "menu", "commands", "commandes");
    private static readonly string[][] LogPhrases = Phrases(
        "log a contact", "log contact", "log a meeting", "log", "new contact", "record a contact", "add a contact",
        "enregistrer un contact", "nouveau contact", "consigner un contact", "consigner", "saisir un contact", "ajouter un contact");
    private static readonly string[][] OverduePhrases = Phrases(
        "overdue follow ups", "overdue followups", "overdue actions", "overdue", "late follow ups",
        "suivis en retard", "actions en retard", "en retard");
    private static readonly string[][] MyFollowUpsPhrases = Phrases(
        "my follow ups", "my followups", "my actions", "follow ups", "followups", "mes suivis", "mes actions", "suivis");
    private static readonly string[][] ContactsPhrases = Phrases(
        "who met", "who has met", "who s met", "who saw", "who has seen", "qui a rencontre", "qui a vu", "qui a eu", "recent contacts",
        "latest contacts", "contacts", "contact", "meetings", "derniers contacts", "contacts recents", "reunions", "rencontres");
    private static readonly string[][] StatusPhrases = Phrases(
        "what s the status with", "what is the status with", "what s the status of", "what is the status of", "what s the status on",
        "status of", "status with", "status", "statut de", "statut", "state of play", "etat des lieux", "where are we with",
        "ou en est on avec", "ou en est on", "ou en sommes nous avec", "ou en sommes nous", "tell me about", "brief me on",
        "parle moi de", "parlez moi de", "situation avec", "situation", "quoi de neuf avec", "what about");

    private static readonly string[][] RouteVerbs = Phrases("route", "send", "post", "envoyer", "envoie", "envoyez", "publier", "publie", "publiez", "router");
    private static readonly string[][] HereWords = Phrases("here", "ici", "in this channel", "dans ce canal");
    private static readonly string[][] SettingsPhrases = Phrases("settings", "routes", "routing", "parametres", "reglages", "acheminement", "configuration");
    private static readonly string[][] UnsubscribePhrases = Phrases("unsubscribe", "stop the digest", "se desabonner", "me desabonner", "desabonner", "desabonnement", "arreter le resume");
    private static readonly string[][] SubscribePhrases = Phrases("subscribe", "s abonner", "m abonner", "abonner", "abonnement");
    private static readonly string[][] PreviewPhrases = Phrases(
        "digest preview", "preview the digest", "preview digest", "preview", "apercu du resume", "apercu du digest", "apercu", "digest", "resume hebdomadaire", "resume");
    private static readonly string[][] DailyWords = Phrases("daily", "every day", "quotidien", "quotidienne", "chaque jour", "tous les jours");
    private static readonly string[][] WeeklyWords = Phrases("weekly", "every week", "hebdomadaire", "chaque semaine", "toutes les semaines");

    /// <summary>Multi-word names first; "un" last, because in French it is also an article.</summary>
    private static readonly (RouteTarget Target, string[][] Names)[] TargetNames =
    [
        (RouteTarget.Eu, Phrases("european union", "union europeenne", "eu", "ue")),
        (RouteTarget.Osce, Phrases("osce", "osze")),
        (RouteTarget.ObserverStates, Phrases("observer states", "etats observateurs", "observers", "observateurs")),
        (RouteTarget.Neighbourhood, Phrases("neighbourhood", "neighborhood", "voisinage")),
        (RouteTarget.OtherOrganisations, Phrases("other organisations", "other organizations", "autres organisations")),
        (RouteTarget.SubRegional, Phrases("sub regional", "subregional", "sous regional", "sous regionales", "sous regionaux")),
        (RouteTarget.Managers, Phrases("managers digest", "digest", "managers", "resume de la direction", "resume", "direction")),
        (RouteTarget.Un, Phrases("united nations", "nations unies", "onu", "un")),
    ];

    /// <summary>
    /// Reads the message; with the directory's <paramref name="partners"/>, a partner named anywhere in it is found first
    /// and only the words around it decide what is asked, so that "any news from the OSCE?" is a status question.
    /// </summary>
    public static Intent Recognize(string? text, DateTimeOffset now, PartnerMentions? partners = null)
    {
        var intent = Read(Normalize(text), now);
        if (partners is null || intent.Kind is not (IntentKind.Unknown or IntentKind.Status or IntentKind.Contacts or IntentKind.Help))
        {
            return intent;
        }

        // The contact-list words go first: "who met" must not be read as the WHO.
        var words = Normalize(text);
        var asksContacts = Take(words, ContactsPhrases);
        var mentions = partners.Find(words);
        if (mentions.Count == 0)
        {
            return intent;
        }

        foreach (var mention in mentions.Reverse())
        {
            words.RemoveRange(mention.Start, mention.Length);
        }

        // The first partner named is the one asked about; the resolver knows every partner by its id.
        var partner = mentions[0].Partner.Id;
        var around = Read(words, now);
        return asksContacts || around.Kind == IntentKind.Contacts
            ? new Intent(IntentKind.Contacts, partner, around.Period, around.PeriodNotUnderstood)
            : new Intent(IntentKind.Status, partner);
    }

    private static Intent Read(List<string> words, DateTimeOffset now)
    {
        if (words.Count == 0)
        {
            return new Intent(IntentKind.Help);
        }

        if (Contains(words, RouteVerbs) && Take(words, HereWords))
        {
            return new Intent(IntentKind.RouteHere, Targets: TakeTargets(words));
        }

        if (Take(words, UnsubscribePhrases))
        {
            return new Intent(IntentKind.Unsubscribe);
        }

        var daily = Take(words, DailyWords);
        var weekly = Take(words, WeeklyWords);
        if (Take(words, SubscribePhrases) || daily || weekly)
        {
            return new Intent(IntentKind.Subscribe, Frequency: daily ? DigestFrequency.Daily : DigestFrequency.Weekly);
        }

        if (Take(words, PreviewPhrases))
        {
            return new Intent(IntentKind.DigestPreview);
        }

        if (Take(words, SettingsPhrases) && Rest(words) is null)
        {
            return new Intent(IntentKind.Settings);
        }

        var period = PeriodWords.TakePeriod(words, now, out var periodError);
        if (Take(words, LogPhrases))
        {
            return new Intent(IntentKind.LogContact, Rest(words));
        }

        if (Take(words, OverduePhrases))
        {
            return new Intent(IntentKind.OverdueFollowUps);
        }

        if (Take(words, MyFollowUpsPhrases))
        {
            return new Intent(IntentKind.MyFollowUps);
        }

        if (Take(words, ContactsPhrases) || period is not null || periodError)
        {
            return new Intent(IntentKind.Contacts, Rest(words), period, periodError);
        }

        if (Take(words, HelpPhrases) && Rest(words) is null)
        {
            return new Intent(IntentKind.Help);
        }

        // Without a key phrase the message may still be a bare partner name: the bot asks the resolver before giving up.
        var asked = Take(words, StatusPhrases);
        return new Intent(asked ? IntentKind.Status : IntentKind.Unknown, Rest(words));
    }

    private static List<string> Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var cut = text.Length > MaxReadLength ? text[..MaxReadLength] : text;
        // Keep ISO dates whole: the normalizer would split "2026-10-01" into three numbers.
        cut = IsoDate().Replace(cut, m => $" iso{m.Groups[1].Value}{m.Groups[2].Value}{m.Groups[3].Value} ");
        // The normalizer drops leading articles; a sentinel keeps them so that phrases like "la semaine derniere" match.
        var words = TextNormalizer.Normalize("x " + cut).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        return words;
    }

    /// <summary>Removes the first phrase of <paramref name="phrases"/> found in <paramref name="words"/> (longest first, as listed).</summary>
    internal static bool Take(List<string> words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var at = IndexOf(words, phrase);
            if (at >= 0)
            {
                words.RemoveRange(at, phrase.Length);
                return true;
            }
        }

        return false;
    }

    private static bool Contains(List<string> words, string[][] phrases) => phrases.Any(p => IndexOf(words, p) >= 0);

    private static List<RouteTarget> TakeTargets(List<string> words)
    {
        var targets = new List<RouteTarget>();
        foreach (var (target, names) in TargetNames)
        {
            if (Take(words, names) && !targets.Contains(target))
            {
                targets.Add(target);
            }
        }

        return targets;
    }

    private static int IndexOf(List<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            var found = true;
            for (var j = 0; j < phrase.Length && found; j++)
            {
                found = words[i + j] == phrase[j];
            }

            if (found)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What is left names the partner; the resolver ignores leading articles and prepositions itself.</summary>
    private static string? Rest(List<string> words)
    {
        var trailing = new HashSet<string>(StringComparer.Ordinal) { "please", "svp", "stp", "s", "il", "vous", "plait", "te", "now", "maintenant", "de", "with", "avec", "for", "pour", "the", "le", "la", "les", "des", "du" };
        while (words.Count > 0 && trailing.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var rest = string.Join(' ', words);
        return TextNormalizer.Normalize(rest).Length == 0 ? null : rest;
    }

    internal static string[][] Phrases(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IsoDate();
}
