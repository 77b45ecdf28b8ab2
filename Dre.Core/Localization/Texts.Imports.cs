using Dre.Core.Imports;
using Dre.Core.Partners;

namespace Dre.Core.Localization;

public sealed partial class Texts
{
    /// <summary>Why a row of an import file was not imported, for the report an officer reads.</summary>
    public string ImportRejected(ImportProblem problem, string detail) => problem switch
    {
        ImportProblem.Missing => T($"The column {detail} is empty.", $"La colonne {ImportColumns.Header(detail, Language.French)} est vide."),
        ImportProblem.BadDate => T($"\"{detail}\" is not a date (2026-03-12, 2026-03-12 14:30 in Paris time, or with an offset).", $"« {detail} » n'est pas une date (2026-03-12, 2026-03-12 14:30 heure de Paris, ou avec un décalage)."),
        ImportProblem.BadKind => T($"\"{detail}\" is not a kind of contact (meeting, call, visit, videoconference, conference, email).", $"« {detail} » n'est pas un type de contact (réunion, appel, visite, visioconférence, conférence, courriel)."),
        ImportProblem.BadConfidentiality => T($"\"{detail}\" is not a confidentiality (public, internal, restricted).", $"« {detail} » n'est pas une confidentialité (public, interne, restreint)."),
        ImportProblem.UnknownPartner => T($"No partner is called \"{detail}\".", $"Aucun partenaire ne s'appelle « {detail} »."),
        ImportProblem.AmbiguousPartner => T($"\"{detail}\" could be several partners: give its full name.", $"« {detail} » peut désigner plusieurs partenaires : donnez son nom complet."),
        ImportProblem.BadItem => T($"The column {detail} holds an item not of the form Name <e-mail> [tag].", $"La colonne {ImportColumns.Header(detail, Language.French)} contient un élément qui n'est pas de la forme Nom <courriel> [étiquette]."),
        ImportProblem.ExtraCells => T("The row has more cells than the header has columns.", "La ligne a plus de cellules que l'en-tête n'a de colonnes."),
        _ => T($"These fields are not valid: {detail}.", $"Ces champs ne sont pas valables : {detail}."),
    };
}
