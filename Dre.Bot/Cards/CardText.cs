using System.Globalization;
using System.Text;

namespace Dre.Bot.Cards;

/// <summary>
/// User and directory text in cards. The rule: such text goes into a RichTextBlock's TextRun (<see cref="AdaptiveCard.Plain"/>),
/// which Adaptive Cards 1.2+ never read as markdown, after <see cref="Clean"/>. Only where markdown is unavoidable (a
/// message's text) is it passed through <see cref="Escape"/>, which escapes just what Teams' markdown subset interprets
/// (emphasis, links, lists at a line's start) and breaks autolinks; other punctuation is left alone, because Teams
/// clients have shown stray backslashes before ".", "-" or "(" that they did not need.
/// </summary>
public static class CardText
{
    // Emphasis (*, _, ~), code (`), links ([ ]), the escape character itself.
    private const string InlineSpecials = "\\*_[]`~";

    // A line starting with one of these would become a heading, a quote or a bulleted list.
    private const string LineStartSpecials = "#>-+";

    // Invisible, and not a letter, digit or punctuation: "https:" followed by it is no scheme, "evil.⁠com" no domain, "a⁠@b" no address.
    private const char WordJoiner = '\u2060';

    /// <summary>Plain text for a TextRun: control and disguising characters dropped, line ends normalised, cut to a length the card can afford.</summary>
    public static string Clean(string? text, int maxLength = 2_000)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cut = text.Length > maxLength;
        var source = cut ? text[..maxLength] : text;
        var builder = new StringBuilder(source.Length + 1);
        foreach (var rune in source.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\t')
            {
                builder.Append(' ');
            }
            else if (rune.Value is '\n' || (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)) || IsDirectionMark(rune))
            {
                builder.Append(rune.ToString());
            }

            // Otherwise dropped: "\r" (line ends are "\n" or "\r\n"), control characters, and invisible format characters other than direction marks.
        }

        if (cut)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>Text for a place that reads markdown: <see cref="Clean"/>, then only what Teams' subset would interpret is escaped, and links are broken.</summary>
    public static string Escape(string? text, int maxLength = 2_000)
    {
        var clean = Clean(text, maxLength);
        var builder = new StringBuilder(clean.Length + 16);
        var lineStart = true;
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c == '\n')
            {
                // A single line end is no break in markdown: a paragraph keeps the author's lines.
                builder.Append("\n\n");
                lineStart = true;
                continue;
            }

            if (lineStart && ListNumberLength(clean, i) is > 0 and var digits)
            {
                // "1. " or "12) " would open a numbered list: the escape goes before the dot, as markdown escapes only punctuation.
                builder.Append(clean, i, digits).Append('\\').Append(clean[i + digits]);
                i += digits;
                lineStart = false;
                continue;
            }

            if (lineStart && LineStartSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            if (c == '@')
            {
                // Before the "@": an e-mail address needs its name right against it.
                builder.Append(WordJoiner);
            }

            if (c == '<')
            {
                // A full-width look-alike: "<a href>" can no longer be read as a tag by any renderer.
                builder.Append('\uFF1C');
            }
            else
            {
                builder.Append(InlineSpecials.Contains(c, StringComparison.Ordinal) ? "\\" : "").Append(c);
            }

            if ((c == ':' && Next(clean, i) == '/') || (c == '.' && char.IsLetterOrDigit(Next(clean, i))))
            {
                builder.Append(WordJoiner);
            }

            lineStart &= c == ' ';
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

    private static char Next(string text, int i) => i + 1 < text.Length ? text[i + 1] : '\0';

    private static int ListNumberLength(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > i && end < text.Length && text[end] is '.' or ')' ? end - i : 0;
    }

    // Marks and isolates keep right-to-left text readable; the older embeddings and overrides (U+202A-U+202E) can disguise text and are dropped.
    private static bool IsDirectionMark(Rune rune) => rune.Value is 0x200E or 0x200F or (>= 0x2066 and <= 0x2069);
}
