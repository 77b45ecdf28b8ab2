using System.Globalization;
using Dre.Core.Contacts;
using Dre.Core.Partners;

namespace Dre.Core.Localization;

/// <summary>Every text the bot shows, English and French side by side, so that neither language can fall behind.</summary>
public sealed partial class Texts
{
    public static readonly Texts English = new(Language.English);
    public static readonly Texts French = new(Language.French);

    private Texts(Language language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language == Language.French ? "fr-FR" : "en-GB");
    }

    public Language Language { get; }

    public CultureInfo Culture { get; }

    public static Texts For(Language language) => language == Language.French ? French : English;

    private bool Fr => Language == Language.French;

    private string T(string en, string fr) => Fr ? fr : en;

    // Welcome and help
    public string WelcomeTitle => T("Welcome to DRE Collab", "Bienvenue dans DRE Collab");
    public string WelcomeIntro => T(
        "I keep the Directorate of External Relations' memory of contacts with partners. Ask me in English or French.",
        "Je garde la mémoire des contacts de la Direction des relations extérieures avec ses partenaires. Parlez-moi en français ou en anglais.");
    public string HelpTitle => T("What I can do", "Ce que je sais faire");
    public string HelpStatus => T("A partner's status: \"status Morocco\", \"tell me about the OSCE\"", "La situation d'un partenaire : « où en est-on avec le Maroc ? », « statut HCR »");
    public string HelpContacts => T("Recent contacts: \"contacts with the EU this month\", \"contacts since 1 October\"", "Les contacts récents : « contacts de la semaine dernière », « contacts avec l'UE depuis le 1er octobre »");
    public string HelpLog => T("Log a contact: \"log a contact\"", "Enregistrer un contact : « nouveau contact »");
    public string HelpFollowUps => T("Follow-ups: \"my follow-ups\", \"overdue follow-ups\"", "Les suivis : « mes suivis », « suivis en retard »");
    public string NotUnderstood => T(
        "Sorry, I did not understand. Try \"status Morocco\", \"contacts last week\", \"log a contact\" or \"my follow-ups\".",
        "Désolé, je n'ai pas compris. Essayez « statut Maroc », « contacts de la semaine dernière », « nouveau contact » ou « mes suivis ».");
    public string SomethingWentWrong => T("Sorry, something went wrong on my side. Please try again in a moment.", "Désolé, un problème est survenu de mon côté. Réessayez dans un instant.");
    public string UnknownAction => T("That button is no longer valid. Here is what I can do.", "Ce bouton n'est plus valable. Voici ce que je sais faire.");

    // Partners
    public string WhichPartner => T("Which partner? For example \"status Morocco\".", "Quel partenaire ? Par exemple « statut Maroc ».");
    public string DidYouMean => T("Did you mean…?", "Vouliez-vous dire… ?");
    public string PartnerGone => T("That partner is no longer in the directory.", "Ce partenaire n'est plus dans l'annuaire.");

    // Status card
    public string Kind(PartnerKind kind) => kind switch
    {
        PartnerKind.Organisation => T("International organisation", "Organisation internationale"),
        PartnerKind.Institution => T("Institution or body", "Institution ou organe"),
        PartnerKind.ObserverState => T("Observer state", "État observateur"),
        PartnerKind.NeighbourhoodState => T("Neighbourhood state", "État du voisinage"),
        PartnerKind.NonMemberState => T("Non-member state", "État non membre"),
        PartnerKind.SubRegionalInitiative => T("Sub-regional initiative", "Initiative sous-régionale"),
        PartnerKind.LiaisonOffice => T("Liaison office", "Bureau de liaison"),
        _ => kind.ToString(),
    };
    public string KindLabel => T("Kind", "Type");
    public string PartOf => T("Part of", "Fait partie de");
    public string Relation => T("Relation", "Relation");
    public string ObserverSince => T("Observer since", "Observateur depuis");
    public string Partnership => T("Partnership", "Partenariat");
    public string Priorities => T("Priorities", "Priorités");
    public string Memberships => T("Member of", "Membre de");
    public string Conventions => T("Conventions", "Conventions");
    public string StateOfPlay => T("State of play", "État des lieux");
    public string NoStateOfPlay => T("No state of play yet.", "Pas encore d'état des lieux.");
    public string UpdatedBy(string author, string date) => T($"Updated by {author} on {date}", $"Mis à jour par {author} le {date}");
    public string LatestContacts => T("Latest contacts", "Derniers contacts");
    public string NoContacts => T("No contacts yet.", "Aucun contact pour l'instant.");
    public string PlannedContacts => T("Next planned contacts", "Prochains contacts prévus");
    public string NothingPlanned => T("Nothing planned.", "Rien de prévu.");
    public string OpenFollowUps => T("Open follow-ups", "Suivis ouverts");
    public string NoFollowUps => T("No open follow-ups.", "Aucun suivi ouvert.");
    public string LogContactWith => T("Log a contact", "Enregistrer un contact");
    public string AllContacts => T("All contacts", "Tous les contacts");
    public string OpenInApp => T("Open in DRE Collab", "Ouvrir dans DRE Collab");
    public string UpdateStateOfPlay => T("Update state of play", "Mettre à jour l'état des lieux");
    public string Save => T("Save", "Enregistrer");
    public string StateOfPlayUpdated => T("State of play updated.", "État des lieux mis à jour.");
    public string StateOfPlayConflict => T("Someone updated this state of play since you opened it. Here is the current one: check it and try again.", "Quelqu'un a modifié cet état des lieux entre-temps. Voici la version actuelle : vérifiez-la et réessayez.");
    public string OnlyOfficers => T("Only DRE officers update a state of play.", "Seuls les agents de la DRE mettent à jour un état des lieux.");
    public string StateOfPlayRequired => T("Write the new state of play (at most 4,000 characters).", "Rédigez le nouvel état des lieux (4 000 caractères au plus).");
    public string MoreLines(int count) => T($"… and {count} more", $"… et {count} de plus");

    // Contacts
    public string ContactsTitle => T("Contacts", "Contacts");
    public string ContactsWith(string partner) => T($"Contacts with {partner}", $"Contacts avec {partner}");
    public string PeriodLine(string from, string to) => T($"From {from} to {to}", $"Du {from} au {to}");
    public string NoContactsInPeriod => T("No contacts in this period.", "Aucun contact sur cette période.");
    public string DateNotUnderstood => T("I did not understand that date (try \"since 1 October\"); here are the last 30 days.", "Je n'ai pas compris cette date (essayez « depuis le 1er octobre ») ; voici les 30 derniers jours.");
    public string PeriodTooLong => T("Without a partner, ask for at most one year of contacts.", "Sans partenaire, demandez au plus un an de contacts.");
    public string ContactKindName(ContactKind kind) => kind switch
    {
        ContactKind.Meeting => T("Meeting", "Réunion"),
        ContactKind.Call => T("Call", "Appel"),
        ContactKind.Visit => T("Visit", "Visite"),
        ContactKind.Videoconference => T("Videoconference", "Visioconférence"),
        ContactKind.Conference => T("Conference", "Conférence"),
        ContactKind.Email => T("E-mail", "Courriel"),
        _ => kind.ToString(),
    };
    public string ConfidentialityName(Confidentiality level) => level switch
    {
        Confidentiality.Public => T("Public", "Public"),
        Confidentiality.Internal => T("Internal", "Interne"),
        Confidentiality.Restricted => T("Restricted", "Restreint"),
        _ => level.ToString(),
    };

    // Contact form
    public string LogContactTitle => T("Log a contact", "Enregistrer un contact");
    public string Partner => T("Partner", "Partenaire");
    public string PartnerPlaceholder => T("Type a partner's name", "Tapez le nom d'un partenaire");
    public string ContactKindLabel => T("Kind of contact", "Type de contact");
    public string Date => T("Date", "Date");
    public string Time => T("Time (Paris)", "Heure (Paris)");
    public string CoeParticipants => T("CoE participants, one a line: name; e-mail; MAE", "Participants du Conseil, un par ligne : nom ; courriel ; GEA");
    public string PartnerParticipants => T("Partner participants, one a line: name; e-mail", "Participants du partenaire, un par ligne : nom ; courriel");
    public string Subject => T("Subject", "Objet");
    public string Summary => T("Summary", "Résumé");
    public string Topics => T("Topics, separated by commas", "Thèmes, séparés par des virgules");
    public string FollowUpsInput => T("Follow-ups, one a line: text; owner's e-mail; due date (yyyy-mm-dd)", "Suivis, un par ligne : texte ; courriel du responsable ; échéance (aaaa-mm-jj)");
    public string ConfidentialityLabel => T("Confidentiality", "Confidentialité");
    public string Submit => T("Log contact", "Enregistrer le contact");
    public string Required => T("Required.", "Obligatoire.");
    public string FixErrors => T("Please correct the fields marked below.", "Veuillez corriger les champs signalés ci-dessous.");
    public string FieldError(string detail) => T($"Check this field: {detail}", $"Vérifiez ce champ : {detail}");
    public string InvalidDate => T("Give a date as yyyy-mm-dd.", "Donnez une date au format aaaa-mm-jj.");
    public string InvalidTime => T("Give a time as hh:mm.", "Donnez une heure au format hh:mm.");
    public string InvalidLine(int line) => T($"Line {line} is not in the expected form.", $"La ligne {line} n'a pas la forme attendue.");
    public string ContactLogged => T("Contact logged", "Contact enregistré");
    public string AlreadyLoggedBy(string names) => T($"Already logged by {names}: your log was merged into theirs.", $"Déjà enregistré par {names} : votre saisie a été fusionnée avec la leur.");
    public string FormAlreadyUsed => T("This form was already submitted; the contact is logged once.", "Ce formulaire a déjà été envoyé ; le contact n'est enregistré qu'une fois.");
    public string When => T("When", "Quand");
    public string Who => T("Who", "Qui");
    public string Partners => T("Partners", "Partenaires");
    public string LoggedBy => T("Logged by", "Enregistré par");

    // Follow-ups
    public string MyFollowUpsTitle => T("My follow-ups", "Mes suivis");
    public string OverdueFollowUpsTitle => T("Overdue follow-ups", "Suivis en retard");
    public string NoMyFollowUps => T("You have no open follow-ups.", "Vous n'avez aucun suivi ouvert.");
    public string NotForYou => T(
        "Sorry, DRE Collab answers only the Council of Europe's own staff, in the Organisation's Teams.",
        "Désolé, DRE Collab ne répond qu'au personnel du Conseil de l'Europe, dans les Teams de l'Organisation.");
    public string AlreadyLoggedRestricted => T(
        "Already logged (restricted): someone logged this item before you, as restricted.",
        "Déjà enregistré (restreint) : quelqu'un a enregistré cet élément avant vous, en accès restreint.");
    public string SentToPersonalChat => T(
        "Part of this answer is for you alone: I sent it to our personal chat.",
        "Une partie de cette réponse ne concerne que vous : je vous l'ai envoyée dans notre conversation personnelle.");
    public string WriteToMeForYourView => T(
        "Part of this answer is for you alone: write to me in a personal chat, and ask again there.",
        "Une partie de cette réponse ne concerne que vous : écrivez-moi dans une conversation personnelle et reposez la question.");
    public string NoEmailForFollowUps => T("I could not find your e-mail address, so I cannot find the follow-ups you own.", "Je n'ai pas trouvé votre adresse électronique ; je ne peux donc pas retrouver vos suivis.");
    public string NoOverdue => T("No overdue follow-ups.", "Aucun suivi en retard.");
    public string Due(string date) => T($"due {date}", $"échéance {date}");
    public string Overdue => T("overdue", "en retard");
    public string Owner => T("owner", "responsable");
    public string Done => T("Done", "Fait");
    public string FollowUpDone => T("Follow-up marked as done.", "Suivi marqué comme fait.");
    public string NotAllowedFollowUp => T("Only its owner, the people who logged or attended the contact, and DRE officers complete a follow-up.", "Seuls son responsable, les personnes qui ont enregistré ou suivi le contact et les agents de la DRE terminent un suivi.");
    public string NotFound => T("I could not find it: it may have been removed, or you may not see it.", "Introuvable : il a peut-être été supprimé, ou vous n'y avez pas accès.");
}
