using System.Globalization;
using System.Text;

namespace Dre.Bot.Cards;

/// <summary>
/// Makes user-supplied text safe to show in a card's TextBlock: Teams renders a subset of markdown there, so a
/// subject like "[click](https://evil)" would become a link and "# x" a heading. Every markdown special character is
/// escaped, control characters are dropped, "&lt;" cannot open an HTML tag, and the text is cut to a length the card can afford.
/// </summary>
public static class CardText
{
    private const string MarkdownSpecials = "\\*_[]()#+-.!>~|`{}";

    public static string Escape(string? text, int maxLength = 2_000)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cut = text.Length > maxLength;
        var source = cut ? text[..maxLength] : text;
        var builder = new StringBuilder(source.Length + 16);
        foreach (var rune in source.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\n')
            {
                builder.Append("\n\n");
            }
            else if (rune.Value is '\t')
            {
                builder.Append(' ');
            }
            else if (rune.Value is '\r')
            {
                // Line ends are "\n" or "\r\n"; a lone carriage return is dropped.
            }
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                     && !IsDirectionMark(rune))
            {
                // Dropped: control characters, and invisible format characters other than direction marks (RTL text keeps them).
            }
            else if (rune.Value == '<')
            {
                // A full-width look-alike: "<script>" or "<a href>" can no longer be read as a tag by any renderer.
                builder.Append('\uFF1C');
            }
            else if (rune.IsBmp && MarkdownSpecials.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                builder.Append('\\').Append((char)rune.Value);
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        if (cut)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>Plain text for places that never interpret markdown (input values, choice titles, button titles): control characters dropped, length cut.</summary>
    public static string Plain(string? text, int maxLength = 200)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new string([.. text.Where(c => !char.IsControl(c) || c is '\n')]);
        return clean.Length > maxLength ? clean[..maxLength] + "…" : clean;
    }

    // Marks and isolates keep right-to-left text readable; the older embeddings and overrides (U+202A-U+202E) can disguise text and are dropped.
    private static bool IsDirectionMark(Rune rune) => rune.Value is 0x200E or 0x200F or (>= 0x2066 and <= 0x2069);
}
