namespace Dre.Core.Localization;

public sealed partial class Texts
{
    // Briefings before a planned contact
    public string BriefingTitle(string partner) => T($"Briefing: your contact with {partner}", $"Note de préparation : votre contact avec {partner}");
    public string BriefingIntro => T(
        "What the Organisation knows of this partner, as you may see it, before your contact.",
        "Ce que l'Organisation sait de ce partenaire, tel que vous pouvez le voir, avant votre contact.");
    public string YourContact => T("Your contact", "Votre contact");
}
