using Dre.Bot.Conversations;

namespace Dre.Bot.Tests.Conversations;

/// <summary>How staff actually ask, in English and French, each with the intent and partner the bot must take from it.</summary>
internal static class IntentPhrasingTable
{
    // {0} is the partner as people type it: acronyms, articles, elisions, missing accents, typos.
    private static readonly string[] StatusTemplates =
    [
        "where do we stand with {0}?", "any news from {0}?", "update on {0}", "update on {0} please", "what's new with {0}",
        "hi, where are we with {0}?", "status {0} 🙏", "{0}?", "{0}", "tell me about {0}!!",
        "quelles sont les dernières nouvelles avec {0} ?", "on en est où avec {0} ?", "relations avec {0}", "bonjour, du nouveau avec {0} ?",
        "ou en est on avec {0}", "point sur {0} svp", "des nouvelles de {0} ? merci", "{0} : état des lieux", "quoi de neuf côté {0} 😊",
    ];

    private static readonly string[] BriefingTemplates =
    [
        "brief me on {0}, thanks", "can you prepare me for {0}?", "briefing note on {0} please", "prépare-moi un point sur {0}",
        "bonjour, briefing sur {0} svp", "preparez moi une note sur {0}",
    ];

    private static readonly string[] ContactTemplates =
    [
        "who met {0} recently?", "who met {0} last month", "contacts with {0}", "qui a rencontré {0} ?", "contacts avec {0} le mois dernier",
        "hello, who has met {0} this year?", "qui a vu {0} récemment ? merci",
    ];

    private static readonly (string Typed, string Id)[] Partners =
    [
        ("the OSCE", "osce"), ("OSZE", "osce"), ("l'OSCE", "osce"), ("ODIHR", "odihr"), ("le BIDDH", "odihr"), ("HCR", "unhcr"),
        ("UNHCR", "unhcr"), ("HCDH", "ohchr"), ("l'UE", "eu"), ("the EU", "eu"), ("l'Union europeenne", "eu"), ("ONU", "un"),
        ("the United Nations", "un"), ("UN Women", "un-women"), ("ONU Femmes", "un-women"), ("the Council of the EU", "council-of-the-eu"),
        ("le Conseil de l'UE", "council-of-the-eu"), ("Marocco", "morocco"), ("le Maroc", "morocco"), ("Etats-Unis", "united-states"),
        ("le Saint-Siege", "holy-see"), ("Israel", "israel"), ("la Tunisie", "tunisia"), ("Japon", "japan"),
    ];

    private static readonly (string Text, IntentKind Kind, string Partner)[] Singles =
    [
        ("what about the European Union Agency for Fundamental Rights?", IntentKind.Status, "fra"),
        ("news from OSCE PA", IntentKind.Status, "osce-pa"),
        ("Merci ! et l'UNESCO ?", IntentKind.Status, "unesco"),
        ("contacts with the EU last week", IntentKind.Contacts, "eu"),
        ("any contacts with Morocco since 1 October?", IntentKind.Contacts, "morocco"),
    ];

    public static IEnumerable<(string Text, IntentKind Kind, string Partner)> Rows() =>
        Partners.SelectMany(p => StatusTemplates.Select(t => (t.Replace("{0}", p.Typed, StringComparison.Ordinal), IntentKind.Status, p.Id)))
            .Concat(Partners.Where((_, i) => i % 2 == 0).SelectMany(p => ContactTemplates.Select(t => (t.Replace("{0}", p.Typed, StringComparison.Ordinal), IntentKind.Contacts, p.Id))))
            .Concat(Partners.Where((_, i) => i % 3 == 0).SelectMany(p => BriefingTemplates.Select(t => (t.Replace("{0}", p.Typed, StringComparison.Ordinal), IntentKind.Briefing, p.Id))))
            .Concat(Singles);
}
