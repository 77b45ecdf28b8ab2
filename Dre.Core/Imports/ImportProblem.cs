namespace Dre.Core.Imports;

/// <summary>Why a row was not imported; the text shown for it is in the reader's language (Localization/Texts.Imports).</summary>
public enum ImportProblem
{
    /// <summary>A required cell is empty; the detail names the column.</summary>
    Missing,

    /// <summary>The date is not one of the documented forms.</summary>
    BadDate,

    BadKind,
    BadConfidentiality,

    /// <summary>No partner of the directory has that name, alias, id or domain; the detail is the value.</summary>
    UnknownPartner,

    /// <summary>Several partners could be meant; the detail is the value.</summary>
    AmbiguousPartner,

    /// <summary>An item of a list cell is not of the form <c>Name &lt;e-mail&gt; [tag]</c>; the detail is the column.</summary>
    BadItem,

    /// <summary>The row has more cells than the header has columns.</summary>
    ExtraCells,

    /// <summary>The contact the row makes breaks a rule of contacts; the detail names the fields.</summary>
    Invalid,
}

/// <summary>A row that was not imported: its line in the file and why.</summary>
public sealed record ImportRejection(int Line, ImportProblem Problem, string Detail);
