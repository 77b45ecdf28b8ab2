using System.Collections.Frozen;
using Dre.Core.Partners;

namespace Dre.Core.Localization;

/// <summary>The user's language: the Teams client's locale when it is French, else the words of the message.</summary>
public static class LanguageDetector
{
    private static readonly FrozenSet<string> FrenchWords = FrozenSet.ToFrozenSet(
    [
        "ou", "avec", "statut", "suivis", "suivi", "semaine", "derniere", "dernier", "depuis", "mois", "ci", "aujourd", "hui",
        "hier", "mes", "retard", "est", "on", "le", "la", "les", "du", "des", "de", "quoi", "quel", "quelle", "aide", "bonjour",
        "salut", "nouveau", "enregistrer", "consigner", "parle", "moi", "parlez", "situation", "etat", "lieux", "cette", "annee",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "er",
    ]);

    private static readonly FrozenSet<string> EnglishWords = FrozenSet.ToFrozenSet(
    [
        "what", "status", "with", "the", "my", "follow", "ups", "followups", "overdue", "week", "last", "since", "month", "this",
        "today", "yesterday", "tell", "me", "about", "help", "hello", "hi", "log", "new", "year", "is", "of", "state", "play",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]);

    public static Language Detect(string? locale, string? text)
    {
        if (locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
        {
            return Language.French;
        }

        return FromWords(text) ?? Language.English;
    }

    /// <summary>French or English when the words say so, null when they do not (a bare partner name, say).</summary>
    public static Language? FromWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Words(text);
        var french = words.Count(FrenchWords.Contains);
        var english = words.Count(EnglishWords.Contains);
        return french > english ? Language.French : english > french ? Language.English : null;
    }

    // TextNormalizer drops leading articles, which count here: split the normalized words ourselves.
    private static string[] Words(string text) =>
        TextNormalizer.Normalize("x " + (text.Length > 2_000 ? text[..2_000] : text)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
