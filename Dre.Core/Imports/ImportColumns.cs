using System.Globalization;
using System.Text;
using Dre.Core.Partners;

namespace Dre.Core.Imports;

/// <summary>The columns of an import file, which an export writes too, so that an export imports again as it is.</summary>
public static class ImportColumns
{
    public const string Date = "date";
    public const string Kind = "kind";
    public const string Partner = "partner";
    public const string Subject = "subject";
    public const string Summary = "summary";
    public const string CoeParticipants = "coe_participants";
    public const string PartnerParticipants = "partner_participants";
    public const string Confidentiality = "confidentiality";
    public const string FollowUps = "follow_ups";

    /// <summary>Every column, in the order an export writes them.</summary>
    public static readonly IReadOnlyList<string> All = [Date, Kind, Partner, Subject, Summary, CoeParticipants, PartnerParticipants, Confidentiality, FollowUps];

    public static readonly IReadOnlyList<string> Required = [Date, Kind, Partner, Subject];

    private static readonly Dictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Date] = "date",
        [Kind] = "type",
        [Partner] = "partenaire",
        [Subject] = "objet",
        [Summary] = "résumé",
        [CoeParticipants] = "participants_coe",
        [PartnerParticipants] = "participants_partenaire",
        [Confidentiality] = "confidentialité",
        [FollowUps] = "suivis",
    };

    private static readonly Dictionary<string, string> ByHeader = All
        .SelectMany(c => new[] { (Header: c, Column: c), (Header: Fold(French[c]), Column: c) })
        .DistinctBy(h => h.Header)
        .ToDictionary(h => h.Header, h => h.Column, StringComparer.Ordinal);

    public static string Header(string column, Language language) => language == Language.French ? French[column] : column;

    /// <summary>The column a header names, in English or French, whatever its case, accents or surrounding spaces; null when none.</summary>
    public static string? Of(string header) => ByHeader.GetValueOrDefault(Fold(header));

    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace(' ', '_').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }
}
