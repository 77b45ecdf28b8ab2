using System.Text.Json;
using Dre.Core.Notifications;

namespace Dre.Bot.Conversations;

/// <summary>
/// The words staff write around a partner's name, in English and French, read from intents.json: data a maintainer
/// extends without code. Read and checked once; a file that is not as the recognizer needs fails on first use, naming
/// what is wrong, and the tests read the same file.
/// </summary>
public sealed class IntentVocabulary
{
    public const string ResourceName = "Dre.Bot.Conversations.intents.json";

    public const string Status = "status";
    public const string Contacts = "contacts";
    public const string Planned = "planned";
    public const string Briefing = "briefing";
    public const string Greetings = "greetings";
    public const string Fillers = "fillers";
    public const string CommonWords = "commonWords";
    public const string Help = "help";
    public const string Log = "log";
    public const string Overdue = "overdue";
    public const string MyFollowUps = "myFollowUps";
    public const string RouteVerbs = "routeVerbs";
    public const string Here = "here";
    public const string Settings = "settings";
    public const string Unsubscribe = "unsubscribe";
    public const string Subscribe = "subscribe";
    public const string Preview = "preview";
    public const string Daily = "daily";
    public const string Weekly = "weekly";
    public const string Portfolio = "portfolio";

    private const string TargetPrefix = "target.";

    /// <summary>The question vocabularies: a phrase in two of them would let the order of reading decide the intent.</summary>
    public static readonly string[] Questions = [Status, Contacts, Planned, Briefing];

    public static readonly string[] PeriodNames = ["today", "yesterday", "tomorrow", "thisWeek", "lastWeek", "nextWeek", "thisMonth", "lastMonth", "nextMonth", "thisYear", "since"];

    private static readonly string[] Required =
    [
        Status, Contacts, Planned, Briefing, Greetings, Fillers, CommonWords, Help, Log, Overdue, MyFollowUps, RouteVerbs, Here, Settings,
        Unsubscribe, Subscribe, Preview, Daily, Weekly, Portfolio,
        .. Enum.GetValues<RouteTarget>().Select(Target), .. PeriodNames.Select(Period),
    ];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IntentVocabulary> Embedded = new(() =>
    {
        using var stream = typeof(IntentVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private readonly Dictionary<string, string[][]> _phrases;

    private IntentVocabulary(Dictionary<string, string[][]> phrases)
    {
        _phrases = phrases;
        // The routing targets are partners' names themselves, not words around them.
        Words = phrases.Where(v => !v.Key.StartsWith(TargetPrefix, StringComparison.Ordinal))
            .SelectMany(v => v.Value).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        Common = phrases[CommonWords].Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Single words that are also a partner's code ("us", "who", "un"): they name the partner only when typed in capitals.</summary>
    public IReadOnlySet<string> Common { get; }

    /// <summary>The vocabulary of intents.json, embedded in this assembly.</summary>
    public static IntentVocabulary Default => Embedded.Value;

    /// <summary>Every word of every phrase: a word staff write around names, never forgiven as a partner's name with a typo.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>A vocabulary's phrases as normalized words, longest first, so that "status of" is taken before "status".</summary>
    public string[][] this[string name] => _phrases[name];

    public static string Target(RouteTarget target) => TargetPrefix + target;

    public static string Period(string name) => "period." + name;

    /// <summary>Reads and checks a vocabulary file; <see cref="InvalidDataException"/> names the first vocabulary or phrase that is wrong.</summary>
    public static IntentVocabulary Parse(string json)
    {
        var file = JsonSerializer.Deserialize<VocabularyFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The vocabulary file is empty.");
        var given = file.Vocabularies ?? throw new InvalidDataException("The vocabulary file has no \"vocabularies\".");
        if (Required.FirstOrDefault(name => !given.ContainsKey(name)) is { } missing)
        {
            throw new InvalidDataException($"The vocabulary \"{missing}\" is missing.");
        }

        if (given.Keys.FirstOrDefault(name => !Required.Contains(name)) is { } unknown)
        {
            throw new InvalidDataException($"The vocabulary \"{unknown}\" is not one the recognizer reads (a misspelt name?).");
        }

        var phrases = given.ToDictionary(v => v.Key, v => Check(v.Key, v.Value), StringComparer.Ordinal);
        var shared = Questions.SelectMany(q => phrases[q].Select(p => (Vocabulary: q, Phrase: string.Join(' ', p))))
            .GroupBy(p => p.Phrase).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new InvalidDataException($"\"{shared.Key}\" is in both {string.Join(" and ", shared.Select(p => p.Vocabulary))}.");
        }

        return new IntentVocabulary(phrases);
    }

    private static string[][] Check(string name, Bilingual? lists)
    {
        if (lists?.En is not { Length: > 0 } en || lists.Fr is not { Length: > 0 } fr)
        {
            throw new InvalidDataException($"The vocabulary \"{name}\" needs phrases in English (\"en\") and French (\"fr\").");
        }

        var normalized = new List<string[]>();
        foreach (var list in new[] { en, fr })
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var phrase in list)
            {
                var words = MessageWords.Normalize(phrase ?? "");
                if (words.Length == 0 || !seen.Add(string.Join(' ', words)))
                {
                    throw new InvalidDataException($"The vocabulary \"{name}\" has an empty or repeated phrase: \"{phrase}\".");
                }

                normalized.Add(words);
            }
        }

        // A phrase given in both languages ("configuration") is read once.
        return [.. normalized.DistinctBy(p => string.Join(' ', p)).OrderByDescending(p => p.Length)];
    }

    private sealed record VocabularyFile(string? About, Dictionary<string, Bilingual?>? Vocabularies);

    private sealed record Bilingual(string?[]? En, string?[]? Fr);
}
