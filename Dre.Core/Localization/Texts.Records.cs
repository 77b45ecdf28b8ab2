using Dre.Core.Audit;

namespace Dre.Core.Localization;

public sealed partial class Texts
{
    // A contact's record: its history, and deleting it when it was logged by mistake
    public string History => T("History", "Historique");
    public string HistoryOf(string subject) => T($"History: {subject}", $"Historique : {subject}");
    public string HistoryEmpty => T("No change recorded yet.", "Aucune modification enregistrée.");
    public string HistoryMore(int count) => T($"…and {count} earlier changes.", $"…et {count} modifications plus anciennes.");
    public string MoreFields(int count) => T($"…and {count} more fields", $"…et {count} autres champs");
    public string FromOrigin(ChangeOrigin origin) => T($"origin: {OriginName(origin)}", $"origine : {OriginName(origin)}");
    public string DeleteContact => T("Delete", "Supprimer");
    public string DeleteQuestion => T(
        "Delete this contact? It leaves every list and card, and its Outlook item can be logged again. The history keeps that it was deleted.",
        "Supprimer ce contact ? Il quitte toutes les listes et cartes, et son élément Outlook pourra être enregistré à nouveau. L'historique garde la trace de la suppression.");
    public string ConfirmDelete => T("Delete this contact", "Supprimer ce contact");
    public string ContactDeleted => T("Deleted: the contact no longer appears anywhere in DRE Collab.", "Supprimé : le contact n'apparaît plus nulle part dans DRE Collab.");
    public string NotAllowedDelete => T(
        "Only the people who logged a contact, and DRE officers, delete it.",
        "Seuls les personnes qui ont enregistré un contact et les agents de la DRE peuvent le supprimer.");

    public string AuditActionName(AuditAction action) => action switch
    {
        AuditAction.Created => T("logged", "enregistré"),
        AuditAction.Merged => T("logged again (merged)", "enregistré à nouveau (fusionné)"),
        AuditAction.Edited => T("edited", "modifié"),
        AuditAction.FollowUpCompleted => T("follow-up done", "suivi terminé"),
        AuditAction.Deleted => T("deleted", "supprimé"),
        AuditAction.Held => T("marked as held", "marqué comme tenu"),
        AuditAction.Moved => T("moved", "déplacé"),
        AuditAction.Cancelled => T("cancelled", "annulé"),
        _ => T("changed", "modifié"),
    };

    public string OriginName(ChangeOrigin origin) => origin switch
    {
        ChangeOrigin.AddIn => T("Outlook add-in", "complément Outlook"),
        ChangeOrigin.Bot => T("bot", "bot"),
        ChangeOrigin.Import => T("import", "import"),
        _ => T("API", "API"),
    };

    /// <summary>A contact's field as the history names it; one the bot does not know yet keeps its stored name.</summary>
    public string FieldName(string field) => field switch
    {
        "kind" => ContactKindLabel,
        "start" => T("Start", "Début"),
        "end" => T("End", "Fin"),
        "partnerIds" => Partners,
        "coeParticipants" => T("Council of Europe participants", "Participants du Conseil de l'Europe"),
        "partnerParticipants" => T("Partner participants", "Participants du partenaire"),
        "subject" => T("Subject", "Objet"),
        "summary" => T("Summary", "Résumé"),
        "notes" => T("Notes", "Notes"),
        "topics" => T("Topics", "Thèmes"),
        "outcome" => OutcomeLabel,
        "followUps" => T("Follow-ups", "Suivis"),
        "confidentiality" => ConfidentialityLabel,
        "status" => StatusLabel,
        "source" => T("Source", "Source"),
        "sourceKey" => T("Outlook key", "Clé Outlook"),
        "loggers" => LoggedBy,
        "deletion" => T("Deletion", "Suppression"),
        _ => field,
    };
}
