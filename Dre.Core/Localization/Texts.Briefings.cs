namespace Dre.Core.Localization;

public sealed partial class Texts
{
    // Briefings before a planned contact
    public string BriefingTitle(string partner) => T($"Briefing: your contact with {partner}", $"Note de préparation : votre contact avec {partner}");
    public string BriefingIntro => T(
        "What the Organisation knows of this partner, as you may see it, before your contact.",
        "Ce que l'Organisation sait de ce partenaire, tel que vous pouvez le voir, avant votre contact.");
    public string BriefingOn(string partner) => T($"Briefing: {partner}", $"Note de préparation : {partner}");
    public string BriefingOnIntro => T(
        "What the Organisation knows of this partner: relation, state of play, the latest contacts of every MAE, open follow-ups and who meets it next.",
        "Ce que l'Organisation sait de ce partenaire : relation, état des lieux, derniers contacts de chaque entité, suivis ouverts et prochaines rencontres.");
    public string YourContact => T("Your contact", "Votre contact");
}
