using System.Text.RegularExpressions;
using Dre.Core.Partners;

namespace Dre.Bot.Conversations;

/// <summary>
/// A message as normalized words (the partner directory's normalization: no case, accents or punctuation), each with
/// whether it was typed in capitals, because "US", "WHO" or "UN" name partners where "us", "who" or "un" are words.
/// </summary>
internal sealed partial record MessageWords(List<string> Words, List<bool> Capitals)
{
    /// <summary>Longer than any request; the rest of a pasted text is not read.</summary>
    public const int MaxReadLength = 500;

    public static MessageWords Read(string? text)
    {
        var words = new List<string>();
        var capitals = new List<bool>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MessageWords(words, capitals);
        }

        var cut = text.Length > MaxReadLength ? text[..MaxReadLength] : text;
        // Keep ISO dates whole: the normalizer would split "2026-10-01" into three numbers.
        cut = IsoDate().Replace(cut, m => $" iso{m.Groups[1].Value}{m.Groups[2].Value}{m.Groups[3].Value} ");
        foreach (Match piece in Piece().Matches(cut))
        {
            // The same words as normalizing the whole text, piece by piece to know each one's case.
            foreach (var word in Normalize(piece.Value))
            {
                words.Add(word);
                capitals.Add(piece.Value.Count(char.IsLetter) >= 2 && !piece.Value.Any(char.IsLower));
            }
        }

        return new MessageWords(words, capitals);
    }

    /// <summary>A phrase's normalized words. The normalizer drops leading articles; a sentinel keeps them, so that "la semaine derniere" stays whole.</summary>
    public static string[] Normalize(string text) => TextNormalizer.Normalize("x " + text).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IsoDate();

    // Letters, their accents, digits and the dots that join "U.S." into one word; anything else separates words.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}.]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Piece();
}
