using Dre.Bot.Conversations;

namespace Dre.Bot.Tests.Conversations;

/// <summary>
/// Phrasings written one by one rather than from templates: typos beyond one letter, planned contacts, two partners,
/// names that contain another name, and messages that name no partner. The partner column lists the ids expected
/// ("a+b" for two, "" for none).
/// </summary>
internal static class IntentPhrasingRows
{
    private const IntentKind S = IntentKind.Status;
    private const IntentKind C = IntentKind.Contacts;
    private const IntentKind P = IntentKind.PlannedContacts;

    public static readonly (string Text, IntentKind Kind, string Partners)[] Rows =
    [
        // Status, English
        ("Where do we stand with the OSCE?", S, "osce"),
        ("any news from UNESCO", S, "unesco"),
        ("update on the Council of the EU pls", S, "council-of-the-eu"),
        ("Good morning! Quick update on ODIHR please 🙂", S, "odihr"),
        ("what's happening with Morocco", S, "morocco"),
        ("how are things with Tunisia?", S, "tunisia"),
        ("OSCE status please", S, "osce"),
        ("give me the state of play for the EU", S, "eu"),
        ("show me UN Women", S, "un-women"),
        ("the latest on UNHCR", S, "unhcr"),
        ("anything new on the Holy See?", S, "holy-see"),
        ("news about the European Parliament", S, "european-parliament"),
        ("where are we on Kazakhstan?", S, "kazakhstan"),
        ("update: OHCHR", S, "ohchr"),
        ("recap on the OSCE PA", S, "osce-pa"),
        ("What's up with Jordan?", S, "jordan"),
        ("thanks! and Japan?", S, "japan"),
        ("status of the European Commission", S, "european-commission"),
        ("quick question about Israel", S, "israel"),
        ("Hey, can you brief me on the Arab League?", IntentKind.Briefing, "arab-league"),
        ("EU", S, "eu"),
        ("UN", S, "un"),
        ("un women", S, "un-women"),
        ("UN Human Rights, please.", S, "ohchr"),

        // Status, typos the resolver forgives (two letters off in long names, one in short ones)
        ("update on Marrocco", S, "morocco"),
        ("news from the Untied Nations", S, "un"),
        ("status Kazakstan", S, "kazakhstan"),
        ("where do we stand with Tunisa", S, "tunisia"),
        ("update on Jordn?", S, "jordan"),
        ("any news from Unesko", S, "unesco"),
        ("status of the Europian Parliament", S, "european-parliament"),
        ("tell me about Isreal", S, "israel"),

        // Status, French
        ("quelles sont les dernières nouvelles avec l'OSCE ?", S, "osce"),
        ("on en est où avec le Maroc ?", S, "morocco"),
        ("relations avec l'Union africaine", S, "african-union"),
        ("des nouvelles du HCR ?", S, "unhcr"),
        ("point sur le BIDDH", S, "odihr"),
        ("Bonjour, où en sommes-nous avec le HCDH ? Merci", S, "ohchr"),
        ("quoi de neuf avec l'ONU", S, "un"),
        ("la situation avec l'UE", S, "eu"),
        ("état des lieux Tunisie", S, "tunisia"),
        ("parle-moi du Saint-Siège", S, "holy-see"),
        ("et la Jordanie ?", S, "jordan"),
        ("infos sur l'OSZE", S, "osce"),
        ("peux-tu me faire le point sur ONU Femmes ?", S, "un-women"),
        ("ou en est on avec le conseil de l ue", S, "council-of-the-eu"),
        ("etats unis", S, "united-states"),
        ("le Parlement européen, du nouveau ?", S, "european-parliament"),
        ("nouvelles de l'Egypte", S, "egypt"),
        ("situation Liban svp", S, "lebanon"),
        ("coucou, des news de l'OIF ?", S, "oif"),
        ("dernières infos sur l'Algerie", S, "algeria"),
        ("Maroc", S, "morocco"),
        ("maroc ?", S, "morocco"),
        ("statut du Marok", S, "morocco"),
        ("des nouvelles de la Tunisi", S, "tunisia"),
        ("point sur le Kirghizstan", S, "kyrgyzstan"),
        ("où en est-on avec l'Ouzbekistan ?", S, "uzbekistan"),
        ("l'OMS, ça avance ?", S, "who"),
        ("Merci d'avance : où en est la Commission européenne ?", S, "european-commission"),

        // Contacts
        ("who met the OSCE recently?", C, "osce"),
        ("who has met UN Women this year", C, "un-women"),
        ("contacts with the EU last month", C, "eu"),
        ("meetings with Morocco", C, "morocco"),
        ("who saw the WHO last week?", C, "who"),
        ("list contacts with ODIHR", C, "odihr"),
        ("show me the contacts with UNHCR since 1 October", C, "unhcr"),
        ("recent meetings with Tunisia?", C, "tunisia"),
        ("who talked to the Council of the EU?", C, "council-of-the-eu"),
        ("last month with the OSCE", C, "osce"),
        ("has anyone met Japan recently?", C, "japan"),
        ("qui a rencontré l'OSCE ?", C, "osce"),
        ("qui a vu le HCR le mois dernier ?", C, "unhcr"),
        ("contacts avec l'UE cette semaine", C, "eu"),
        ("réunions avec le Maroc", C, "morocco"),
        ("les derniers contacts avec ONU Femmes", C, "un-women"),
        ("qui a eu des contacts avec le BIDDH ?", C, "odihr"),
        ("rencontres avec la Tunisie depuis le 1er octobre", C, "tunisia"),
        ("qui a parlé avec l'ONU récemment ?", C, "un"),
        ("contacts HCDH du mois dernier", C, "ohchr"),
        ("who met Marrocco last week?", C, "morocco"),

        // Planned contacts ahead
        ("what's coming up with the OSCE?", P, "osce"),
        ("anything planned with UN Women?", P, "un-women"),
        ("upcoming meetings with the EU", P, "eu"),
        ("next week with Morocco", P, "morocco"),
        ("planned contacts with UNHCR", P, "unhcr"),
        ("what is scheduled with Tunisia next month?", P, "tunisia"),
        ("future meetings with the Council of the EU", P, "council-of-the-eu"),
        ("who is meeting ODIHR next week?", P, "odihr"),
        ("anything on the agenda with Japan?", P, "japan"),
        ("qu'est-ce qui est prévu avec l'OSCE ?", P, "osce"),
        ("contacts à venir avec le HCR", P, "unhcr"),
        ("prochaines réunions avec l'UE", P, "eu"),
        ("la semaine prochaine avec le Maroc", P, "morocco"),
        ("quoi de prévu avec ONU Femmes ?", P, "un-women"),
        ("rendez-vous prévus avec le BIDDH", P, "odihr"),
        ("prochains contacts avec l'OSZE", P, "osce"),
        ("rien de prévu avec le HCDH ?", P, "ohchr"),

        // Two partners: both are answered
        ("UN Women and the EU", S, "un-women+eu"),
        ("news from the OSCE and ODIHR?", S, "osce+odihr"),
        ("où en est-on avec le Maroc et la Tunisie ?", S, "morocco+tunisia"),
        ("contacts with the EU and the Council of the EU", C, "eu+council-of-the-eu"),
        ("qui a rencontré l'ONU ou l'UNESCO ?", C, "un+unesco"),
        ("anything planned with Jordan and Lebanon?", P, "jordan+lebanon"),

        // Names that contain another name
        ("Council of the EU", S, "council-of-the-eu"),
        ("EU Delegation to the Council of Europe", S, "eu-delegation-coe"),
        ("OSCE Parliamentary Assembly", S, "osce-pa"),
        ("EU Agency for Fundamental Rights", S, "fra"),
        ("Délégation de l'UE à Strasbourg", S, "eu-delegation-coe"),
        ("Conseil des droits de l'homme des Nations unies ?", S, "human-rights-council"),

        // Asked about a partner the directory does not hold: the question is read, the partner is not found
        ("where do we stand with Narnia?", S, ""),
        ("qui a rencontré Atlantis ?", C, ""),
    ];
}
