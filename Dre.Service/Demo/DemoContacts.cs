using Dre.Core.Contacts;
using Dre.Core.Partners;

namespace Dre.Service.Demo;

/// <summary>A believable quarter of the DRE's work: who met whom about what, with a few shared meetings and open follow-ups.</summary>
public static class DemoContacts
{
    private static readonly (string Name, string Mae)[] Staff =
    [
        ("anne.dupont@coe.int", "DRE"),
        ("marco.rossi@coe.int", "DRE"),
        ("eva.schmidt@coe.int", "DG I - Human Rights and Rule of Law"),
        ("jan.novak@coe.int", "DG II - Democracy"),
        ("sofia.papadopoulou@coe.int", "Venice Commission"),
        ("lena.virtanen@coe.int", "GRECO"),
        ("pierre.martin@coe.int", "Private Office of the Secretary General"),
        ("ines.garcia@coe.int", "Parliamentary Assembly"),
    ];

    private static readonly (string Subject, string Topic, string Summary)[] Themes =
    [
        ("Annual high-level meeting", "co-operation priorities", "Reviewed the joint priorities and agreed to prepare the next senior officials' meeting."),
        ("Joint programme steering committee", "joint programmes", "Progress of the joint programme reviewed; implementation rate on track; next committee in spring."),
        ("Consultation on artificial intelligence", "artificial intelligence", "Exchange on the Framework Convention on AI and possible accession; follow-up technical briefing requested."),
        ("Election observation debriefing", "elections", "Debriefing on recent observation missions; agreed to share legal analyses earlier."),
        ("Fight against corruption", "anti-corruption", "Discussed GRECO evaluation follow-up and technical assistance needs."),
        ("Migration and asylum exchange", "migration", "Exchange on the protection of migrant children and co-ordination in the field."),
        ("Gender equality and violence against women", "gender equality", "Presented the Istanbul Convention monitoring results; interest in a regional conference."),
        ("Cybercrime co-operation", "cybercrime", "Capacity-building under the Budapest Convention; request for a second additional protocol workshop."),
        ("Media freedom and safety of journalists", "media freedom", "Shared the Platform's latest alerts; agreed on a joint statement for the anniversary."),
        ("Neighbourhood partnership review", "neighbourhood partnership", "Mid-term review of the partnership priorities; next programming cycle discussed."),
    ];

    private static readonly string[] FocusPartners = ["eu", "osce", "un", "morocco", "tunisia", "unhcr", "odihr", "japan", "kazakhstan", "holy-see"];

    public static IReadOnlyList<(ContactDraft Draft, string LoggedBy)> Build(PartnerSnapshot directory, DateTimeOffset now)
    {
        var random = new Random(2026);
        var partners = directory.Partners.Where(p => p.Kind != PartnerKind.LiaisonOffice).ToList();
        if (partners.Count == 0)
        {
            return [];
        }

        var focus = FocusPartners.Where(directory.Exists).ToList();
        var drafts = new List<(ContactDraft, string)>();
        for (var i = 0; i < 160; i++)
        {
            var partner = i % 3 == 0 || focus.Count == 0 ? partners[random.Next(partners.Count)] : directory.Find(focus[random.Next(focus.Count)])!;
            var theme = Themes[random.Next(Themes.Length)];
            var days = random.Next(-90, 30);
            var start = new DateTimeOffset(now.Date.AddDays(days).AddHours(8 + random.Next(0, 9)), TimeSpan.Zero);
            var (loggerEmail, mae) = Staff[random.Next(Staff.Length)];
            var kind = (ContactKind)random.Next(0, 6);
            var past = start < now;
            var draft = new ContactDraft
            {
                Kind = kind,
                Start = start,
                End = kind == ContactKind.Email ? null : start.AddHours(1),
                PartnerIds = [partner.Id],
                CoeParticipants = [new CoeParticipant(Auth.DevelopmentIssuer.DisplayNameOf(loggerEmail), loggerEmail, mae)],
                PartnerParticipants = partner.Domains.Count > 0 ? [new PartnerParticipant("Desk officer", $"desk@{partner.Domains[0]}", partner.Id)] : [],
                Subject = $"{theme.Subject} – {partner.Name.En}",
                Summary = past ? theme.Summary : null,
                Topics = [theme.Topic],
                FollowUps = past && random.Next(3) == 0
                    ? [new FollowUpDraft("Send the written follow-up and the draft agenda", loggerEmail, null, DateOnly.FromDateTime(start.UtcDateTime.AddDays(random.Next(3, 30))))]
                    : [],
                Confidentiality = random.Next(12) == 0 ? Confidentiality.Restricted : Confidentiality.Internal,
                Source = ContactSource.Import,
            };
            drafts.Add((draft, loggerEmail));
        }

        return drafts;
    }
}
