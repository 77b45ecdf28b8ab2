using Dre.Core.Contacts;

namespace Dre.Core.Localization;

public sealed partial class Texts
{
    // Planned contacts: held, moved, cancelled
    public string StatusLabel => T("Status", "Statut");
    public string Planned => T("Planned", "Prévu");
    public string ContactStatusName(ContactStatus status) => status switch
    {
        ContactStatus.Held => T("Held", "Tenu"),
        ContactStatus.Cancelled => T("Cancelled", "Annulé"),
        _ => T("Logged", "Enregistré"),
    };
    public string MarkHeld => T("Mark as held", "Marquer comme tenu");
    public string MoveContact => T("Move", "Déplacer");
    public string CancelContact => T("Cancel the contact", "Annuler le contact");
    public string OutcomeLabel => T("Outcome", "Résultat");
    public string OutcomeRequired => T("Say what came out of it (at most 4,000 characters).", "Indiquez ce qui en est ressorti (4 000 caractères au plus).");
    public string NewDate => T("New date", "Nouvelle date");
    public string CancelQuestion => T("Cancel this contact? It leaves statuses and lists.", "Annuler ce contact ? Il quitte les statuts et les listes.");
    public string ConfirmCancel => T("Yes, cancel it", "Oui, l'annuler");
    public string ContactMarkedHeld => T("Marked as held, with its outcome.", "Marqué comme tenu, avec son résultat.");
    public string ContactMoved(string when) => T($"Moved to {when}.", $"Déplacé au {when}.");
    public string ContactCancelled => T("Cancelled: it no longer appears in statuses and lists.", "Annulé : il n'apparaît plus dans les statuts ni les listes.");
    public string NotAllowedPlan => T("Only the people who logged a contact, and DRE officers, mark it held, move or cancel it.", "Seuls les personnes qui ont enregistré un contact et les agents de la DRE le marquent comme tenu, le déplacent ou l'annulent.");
    public string ContactChangedMeanwhile => T("Someone changed this contact meanwhile: here it is as it is now.", "Quelqu'un a modifié ce contact entre-temps : le voici tel qu'il est maintenant.");
    public string PlanRefused(string field) => field switch
    {
        "start" => T("Give a new date and time in the future.", "Donnez une nouvelle date et une heure à venir."),
        "outcome" => OutcomeRequired,
        _ => T("That is no longer possible for this contact: here it is as it is now.", "Ce n'est plus possible pour ce contact : le voici tel qu'il est maintenant."),
    };
}
