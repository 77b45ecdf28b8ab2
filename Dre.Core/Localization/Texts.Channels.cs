using Dre.Core.Notifications;

namespace Dre.Core.Localization;

public sealed partial class Texts
{
    // Channel summaries
    public string NewContactWith(string partners) => T($"New contact with {partners}", $"Nouveau contact avec {partners}");
    public string ContactUpdatedWith(string partners) => T($"Contact with {partners} updated", $"Contact avec {partners} mis à jour");
    public string RestrictedContactLoggedBy(string name) => T($"A restricted contact was logged by {name}.", $"Un contact restreint a été enregistré par {name}.");
    public string ContactRemoved => T("This contact was removed from DRE Collab.", "Ce contact a été supprimé de DRE Collab.");
    public string OpenContact => T("Open the contact", "Ouvrir le contact");
    public string OpenContactOn(string date) => T($"Open the contact of {date}", $"Ouvrir le contact du {date}");

    // Coordination alerts
    public string CoordinationTitle(string partner) => T($"Coordination needed: {partner}", $"Coordination nécessaire : {partner}");
    public string CoordinationIntro(string partner, int days) => T(
        $"Two administrative entities are in contact with {partner} within {days} days.",
        $"Deux entités administratives sont en contact avec {partner} à moins de {days} jours d'intervalle.");
    public string CoordinationAdvice => T(
        "Agree who leads and share the messages before the next contact.",
        "Convenez de qui mène et partagez les messages avant le prochain contact.");
    public string ChatWith(string names) => T($"Chat with {names}", $"Écrire à {names}");
    public string CoordinationChatTopic(string partner) => T($"Coordination: {partner}", $"Coordination : {partner}");
    public string CoordinationChatMessage(string partner, string first, string second) => T(
        $"About our contacts with {partner} on {first} and {second}: shall we coordinate?",
        $"À propos de nos contacts avec {partner} le {first} et le {second} : nous coordonnons-nous ?");
    public string CoordinationWithdrawnTitle => T("Coordination alert withdrawn", "Alerte de coordination retirée");
    public string CoordinationWithdrawn => T(
        "The contacts it was about no longer call for it: one was moved, cancelled, removed or is no longer shared.",
        "Les contacts qu'elle concernait ne la justifient plus : l'un a été déplacé, annulé, supprimé ou n'est plus partagé.");

    // Routing and settings
    public string RouteTargetName(RouteTarget target) =>
        ChannelKeys.PortfolioOf(target) is { } portfolio ? PortfolioName(portfolio) : T("Managers' digest", "Résumé de la direction");
    public string SettingsTitle => T("DRE Collab settings", "Paramètres de DRE Collab");
    public string RoutesSection => T("Where each portfolio's contacts are posted", "Où les contacts de chaque portefeuille sont publiés");
    public string NotRouted => T("not posted anywhere", "publié nulle part");
    public string RouteHereLabel => T("Post these here, in this channel", "Publier ceux-ci ici, dans ce canal");
    public string SaveRoutes => T("Save routes", "Enregistrer l'acheminement");
    public string RoutedHere(string targets) => T($"From now on, {targets} will be posted in this channel.", $"Désormais, {targets} sera publié dans ce canal.");
    public string NoLongerRoutedHere(string targets) => T($"{targets}: no longer posted in this channel.", $"{targets} : n'est plus publié dans ce canal.");
    public string RoutesUnchanged => T("Nothing changed: no portfolio is posted here and none was chosen.", "Rien n'a changé : aucun portefeuille n'est publié ici et aucun n'a été choisi.");
    public string WhichPortfolio => T(
        "Which portfolio? Say for example \"route EU here\", \"route OSCE here\" or \"route digest here\".",
        "Quel portefeuille ? Dites par exemple « envoyer ici le portefeuille UE », « envoyer ici le portefeuille OSCE » ou « envoyer ici le résumé ».");
    public string RouteOnlyInChannel => T(
        "Say it in the team channel that should receive the posts: I post there, not in a personal chat.",
        "Dites-le dans le canal d'équipe qui doit recevoir les publications : je publie là, pas dans une conversation personnelle.");
    public string OnlyOfficersRoute => T("Only DRE officers and administrators decide where portfolios are posted.", "Seuls les agents de la DRE et les administrateurs décident où les portefeuilles sont publiés.");
    public string ChannelUnknown => T(
        "I do not know this channel yet: remove and add the app to the team again, then retry.",
        "Je ne connais pas encore ce canal : retirez puis rajoutez l'application à l'équipe, et réessayez.");
    public string ChannelLabel(string? team, string? channel) =>
        $"{team ?? T("Team", "Équipe")} › {channel ?? T("General", "Général")}";

    // Digest subscription
    public string DigestSection => T("Your digest", "Votre résumé");
    public string SubscribedTo(Dre.Core.Digest.DigestFrequency frequency) => frequency == Dre.Core.Digest.DigestFrequency.Daily
        ? T("You receive the daily digest here.", "Vous recevez ici le résumé quotidien.")
        : T("You receive the weekly digest here.", "Vous recevez ici le résumé hebdomadaire.");
    public string NotSubscribed => T("You do not receive the digest.", "Vous ne recevez pas le résumé.");
    public string WeeklyButton => T("Weekly", "Hebdomadaire");
    public string DailyButton => T("Daily", "Quotidien");
    public string UnsubscribeButton => T("Stop", "Arrêter");
    public string PreviewButton => T("Preview this week's digest", "Aperçu du résumé de la semaine");
    public string Unsubscribed => T("You will no longer receive the digest.", "Vous ne recevrez plus le résumé.");
    public string WasNotSubscribed => T("You were not subscribed to the digest.", "Vous n'étiez pas abonné au résumé.");
    public string SubscribeOnlyInPersonalChat => T(
        "Subscribe in a personal chat with me: the digest is sent to you alone.",
        "Abonnez-vous dans une conversation personnelle avec moi : le résumé vous est envoyé à vous seul.");
    public string HelpDigest => T(
        "Digest: \"subscribe to the digest\", \"daily\", \"weekly\", \"digest preview\"; settings: \"settings\"",
        "Résumé : « m'abonner au résumé », « quotidien », « hebdomadaire », « aperçu du résumé » ; réglages : « paramètres »");
    public string HelpRoutes => T(
        "In a channel (DRE officers): \"route EU here\", \"route digest here\"",
        "Dans un canal (agents de la DRE) : « envoyer ici le portefeuille OSCE », « envoyer ici le résumé »");
}
