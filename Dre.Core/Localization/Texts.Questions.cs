namespace Dre.Core.Localization;

public sealed partial class Texts
{
    // Questions about partners: what was understood when no partner was found, and planned contacts ahead
    public string NoPartnerIn(string message) => T($"I found no partner in \"{message}\".", $"Je n'ai trouvé aucun partenaire dans « {message} ».");
    public string AskLike => T(
        "Name a partner as the directory knows it, for example \"where do we stand with Morocco?\", \"who met the OSCE last month?\" or \"what is planned with the EU?\".",
        "Nommez un partenaire comme l'annuaire le connaît, par exemple « où en est-on avec le Maroc ? », « qui a rencontré l'OSCE le mois dernier ? » ou « qu'est-ce qui est prévu avec l'UE ? ».");
    public string PlannedTitle => T("Planned contacts", "Contacts prévus");
    public string PlannedIn(string portfolios) => T($"Planned contacts: {portfolios}", $"Contacts prévus : {portfolios}");
    public string PlannedWith(string partner) => T($"Planned contacts with {partner}", $"Contacts prévus avec {partner}");
    public string WhichOfThese => T("You named several partners: which one?", "Vous avez nommé plusieurs partenaires : lequel ?");
}
