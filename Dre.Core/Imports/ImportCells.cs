using System.Globalization;
using System.Text.RegularExpressions;
using Dre.Core.Contacts;

namespace Dre.Core.Imports;

/// <summary>
/// How a cell holds a list: items separated by <c>|</c>, each <c>Name &lt;e-mail&gt; [tag]</c> with the e-mail and the tag
/// optional: the MAE of a Council of Europe participant, the due date of a follow-up (whose e-mail is its owner's).
/// Import reads and export writes them here, so that the two cannot disagree.
/// </summary>
public static partial class ImportCells
{
    public const char Separator = '|';

    /// <summary>The characters a spreadsheet runs as a formula at the start of a cell; export puts a quote before them.</summary>
    public static readonly IReadOnlyList<char> FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public const char FormulaEscape = '\'';

    public sealed record Item(string Text, string? Email, string? Tag);

    public static IReadOnlyList<string> Split(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : [.. cell.Split(Separator).Select(i => i.Trim()).Where(i => i.Length > 0)];

    /// <summary>One item, or null when it is not of the form <c>Text &lt;e-mail&gt; [tag]</c>.</summary>
    public static Item? ParseItem(string item)
    {
        var match = ItemPattern().Match(item);
        return match.Success
            ? new Item(match.Groups["text"].Value.Trim(), Optional(match.Groups["email"]), Optional(match.Groups["tag"]))
            : null;
    }

    public static string FormatItem(string text, string? email, string? tag) =>
        text + (email is null ? "" : $" <{email}>") + (tag is null ? "" : $" [{tag}]");

    public static string Join(IEnumerable<string> items) => string.Join(" " + Separator + " ", items);

    public static string CoeParticipants(IEnumerable<CoeParticipant> people) => Join(people.Select(p => FormatItem(p.Name, p.Email, p.Mae)));

    public static string PartnerParticipants(IEnumerable<PartnerParticipant> people) => Join(people.Select(p => FormatItem(p.Name, p.Email, null)));

    public static string FollowUps(IEnumerable<FollowUp> followUps) => Join(followUps.Select(f =>
        FormatItem(f.Text, f.Owner, f.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    /// <summary>A cell as a spreadsheet should show it: text that it would run as a formula gets a quote first.</summary>
    public static string Neutralised(string cell) => cell.Length > 0 && FormulaStarts.Contains(cell[0]) ? FormulaEscape + cell : cell;

    /// <summary>A cell as it was before <see cref="Neutralised"/>: what an export wrote imports back unchanged.</summary>
    public static string Restored(string cell) => cell.Length > 1 && cell[0] == FormulaEscape && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    private static string? Optional(Group group) => group.Success && group.Value.Trim().Length > 0 ? group.Value.Trim() : null;

    [GeneratedRegex(@"^(?<text>[^<\[]+?)\s*(?:<(?<email>[^>]*)>)?\s*(?:\[(?<tag>[^\]]*)\])?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ItemPattern();
}
