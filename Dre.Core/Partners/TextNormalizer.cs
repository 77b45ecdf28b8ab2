using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Dre.Core.Partners;

/// <summary>
/// Reduces partner names and what people type to comparable keys, so that case, accents, punctuation and the
/// articles and prepositions of running text ("avec l'UE", "the OSCE", "du Maroc") do not matter.
/// </summary>
public static class TextNormalizer
{
    // "un" is missing on purpose: in French it is an article, but people type it as the UN's acronym.
    private static readonly FrozenSet<string> LeadingWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "of", "with", "to", "for", "in", "at", "on", "about",
        "l", "le", "la", "les", "du", "de", "des", "d", "avec", "au", "aux", "en", "pour", "sur", "chez", "dans",
    ]);

    public static string Normalize(string text)
    {
        var words = Words(text);

        // The last word is kept even when it looks like an article: "AU" is the African Union, not "au".
        var start = 0;
        while (start < words.Length - 1 && LeadingWords.Contains(words[start]))
        {
            start++;
        }

        return string.Join(' ', words, start, words.Length - start);
    }

    private static string[] Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                // Dots join rather than split, so that "U.S." and "US" meet.
                case '.':
                    break;
                // Ligatures do not decompose into their letters.
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                default:
                    builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
                    break;
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
