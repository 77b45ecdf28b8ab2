using System.Globalization;
using System.Text.RegularExpressions;
using Dre.Core.Contacts;

namespace Dre.Core.Imports;

/// <summary>
/// How a cell holds a list: items separated by <c>|</c>, each <c>Name &lt;e-mail&gt; [tag]</c> with the e-mail and the tag
/// optional: the MAE of a Council of Europe participant, the due date of a follow-up (whose e-mail is its owner's).
/// A <c>\</c> before one of <c>\ | &lt; &gt; [ ]</c> takes it as text, so that a follow-up such as "Answer A|B &lt;draft&gt;"
/// reads back as written; any other backslash is text as it stands. Import reads and export writes them here, so that the
/// two cannot disagree.
/// </summary>
public static partial class ImportCells
{
    public const char Separator = '|';

    /// <summary>The characters a spreadsheet runs as a formula at the start of a cell; export puts a quote before them.</summary>
    public static readonly IReadOnlyList<char> FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public const char FormulaEscape = '\'';

    private const char Escape = '\\';

    /// <summary>The characters that shape a list: written after <see cref="Escape"/> when they are part of a text.</summary>
    private const string Reserved = "\\|<>[]";

    private static readonly System.Buffers.SearchValues<char> ReservedValues = System.Buffers.SearchValues.Create(Reserved);

    public sealed record Item(string Text, string? Email, string? Tag);

    /// <summary>The items of a list cell as written, escapes kept: <see cref="ParseItem"/> or <see cref="Unescaped"/> reads each.</summary>
    public static IReadOnlyList<string> Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        var items = new List<string>();
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == Escape)
            {
                i++;
            }
            else if (cell[i] == Separator)
            {
                items.Add(cell[start..i]);
                start = i + 1;
            }
        }

        items.Add(cell[start..]);
        return [.. items.Select(i => i.Trim()).Where(i => i.Length > 0)];
    }

    /// <summary>The names of a plain list cell (partners), each as typed.</summary>
    public static IReadOnlyList<string> Names(string? cell) => [.. Split(cell).Select(Unescaped)];

    /// <summary>One item, or null when it is not of the form <c>Text &lt;e-mail&gt; [tag]</c>.</summary>
    public static Item? ParseItem(string item)
    {
        var match = ItemPattern().Match(item);
        return match.Success && Unescaped(match.Groups["text"].Value.Trim()) is { Length: > 0 } text
            ? new Item(text, Optional(match.Groups["email"]), Optional(match.Groups["tag"]))
            : null;
    }

    public static string FormatItem(string text, string? email, string? tag) =>
        Escaped(text) + (email is null ? "" : $" <{Escaped(email)}>") + (tag is null ? "" : $" [{Escaped(tag)}]");

    public static string Join(IEnumerable<string> items) => string.Join(" " + Separator + " ", items);

    /// <summary>A list of plain names (partners), each escaped.</summary>
    public static string JoinNames(IEnumerable<string> names) => Join(names.Select(Escaped));

    public static string CoeParticipants(IEnumerable<CoeParticipant> people) => Join(people.Select(p => FormatItem(p.Name, p.Email, p.Mae)));

    public static string PartnerParticipants(IEnumerable<PartnerParticipant> people) => Join(people.Select(p => FormatItem(p.Name, p.Email, null)));

    public static string FollowUps(IEnumerable<FollowUp> followUps) => Join(followUps.Select(f =>
        FormatItem(f.Text, f.Owner, f.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    /// <summary>A cell as a spreadsheet should show it: text that it would run as a formula gets a quote first.</summary>
    public static string Neutralised(string cell) => cell.Length > 0 && FormulaStarts.Contains(cell[0]) ? FormulaEscape + cell : cell;

    /// <summary>A cell as it was before <see cref="Neutralised"/>: what an export wrote imports back unchanged.</summary>
    public static string Restored(string cell) => cell.Length > 1 && cell[0] == FormulaEscape && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    private static string Escaped(string text) =>
        text.AsSpan().IndexOfAny(ReservedValues) < 0 ? text : string.Concat(text.Select(c => Reserved.Contains(c) ? $"{Escape}{c}" : c.ToString()));

    private static string Unescaped(string text)
    {
        if (!text.Contains(Escape))
        {
            return text;
        }

        var plain = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // Only a reserved character is escaped: "C:\docs" typed by hand keeps its backslash.
            if (text[i] == Escape && i + 1 < text.Length && Reserved.Contains(text[i + 1]))
            {
                i++;
            }

            plain.Append(text[i]);
        }

        return plain.ToString();
    }

    private static string? Optional(Group group) => group.Success && Unescaped(group.Value.Trim()) is { Length: > 0 } value ? value : null;

    // An escaped character (\ and any one) is text in every part, so that "<", "[" and "]" can be part of a follow-up.
    [GeneratedRegex(@"^(?<text>(?:\\.|[^<\[\\]|\\$)+?)\s*(?:<(?<email>(?:\\.|[^>\\])*)>)?\s*(?:\[(?<tag>(?:\\.|[^\]\\])*)\])?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ItemPattern();
}
