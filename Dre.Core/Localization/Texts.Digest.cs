using Dre.Core.Digest;
using Dre.Core.Partners;

namespace Dre.Core.Localization;

public sealed partial class Texts
{
    // Digest
    public string DigestTitle(DigestFrequency frequency) =>
        frequency == DigestFrequency.Daily ? T("Daily digest", "Résumé quotidien") : T("Weekly digest", "Résumé hebdomadaire");
    public string ContactsWithPartners(int contacts, int partners) => T(
        $"{contacts} {(contacts == 1 ? "contact" : "contacts")} with {partners} {(partners == 1 ? "partner" : "partners")}",
        $"{contacts} {(contacts <= 1 ? "contact" : "contacts")} avec {partners} {(partners <= 1 ? "partenaire" : "partenaires")}");
    public string ContactCount(int contacts) => T(
        $"{contacts} {(contacts == 1 ? "contact" : "contacts")}",
        $"{contacts} {(contacts <= 1 ? "contact" : "contacts")}");
    public string ChartAltText(int weeks) => T(
        $"Contacts per portfolio over the last {weeks} weeks",
        $"Contacts par portefeuille au cours des {weeks} dernières semaines");
    public string ChartWeeksAxis => T("Week beginning", "Semaine du");
    public string ChartContactsAxis => T("Contacts", "Contacts");
    public string LegendEntry(string portfolio, string colour) => T($"{portfolio}: {colour}", $"{portfolio} : {colour}");
    public string PortfolioName(Portfolio portfolio) => portfolio switch
    {
        Portfolio.Eu => T("European Union", "Union européenne"),
        Portfolio.Osce => T("OSCE", "OSCE"),
        Portfolio.Un => T("United Nations", "Nations unies"),
        Portfolio.ObserverStates => T("Observer states", "États observateurs"),
        Portfolio.Neighbourhood => T("Neighbourhood", "Voisinage"),
        Portfolio.OtherOrganisations => T("Other organisations", "Autres organisations"),
        Portfolio.SubRegional => T("Sub-regional initiatives", "Initiatives sous-régionales"),
        _ => portfolio.ToString(),
    };
    public string ColourName(ColourHue hue, ColourShade shade)
    {
        var name = hue switch
        {
            ColourHue.Red => T("red", "rouge"),
            ColourHue.Orange => T("orange", "orange"),
            ColourHue.Yellow => T("yellow", "jaune"),
            ColourHue.Green => T("green", "vert"),
            ColourHue.Blue => T("blue", "bleu"),
            ColourHue.Purple => T("purple", "violet"),
            _ => T("grey", "gris"),
        };
        return shade switch
        {
            ColourShade.Dark => T($"dark {name}", $"{name} foncé"),
            ColourShade.Light => T($"light {name}", $"{name} clair"),
            _ => name,
        };
    }
    public string Overlaps => T("Overlaps", "Chevauchements");
    public string OverlapAhead(string who, string partner, string date) =>
        T($"Overlap ahead: {who} also meets {partner} ({date})", $"Chevauchement à venir : {who} rencontre aussi {partner} ({date})");
    public string InFamily(string family) => T($"{family} family", $"famille {family}");
    public string OverlapLine(string first, string second, string partner, int days) => days == 0
        ? T($"{first} and {second} both met {partner} on the same day", $"{partner} : {first} et {second} ont tous deux eu un contact le même jour")
        : T($"{first} and {second} both met {partner} within {days} {(days == 1 ? "day" : "days")}", $"{partner} : {first} et {second} ont tous deux eu un contact à {days} {(days == 1 ? "jour" : "jours")} d'intervalle");
    public string NewFollowUps => T("New follow-ups", "Nouveaux suivis");
    public string PlannedAhead(DigestFrequency frequency) => frequency == DigestFrequency.Daily
        ? T("Planned for the day ahead", "Prévus dans la journée à venir")
        : T("Planned for the week ahead", "Prévus dans la semaine à venir");
    public string QuietPartners(int weeks) => T($"No contact for {weeks} weeks", $"Sans contact depuis {weeks} semaines");
    public string MostActivePartners => T("Most active partners", "Partenaires les plus actifs");
    public string OpenFullDigest => T("Open the full digest", "Ouvrir la synthèse complète");
}
