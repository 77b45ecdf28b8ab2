using Dre.Core.Localization;
using System.Text.RegularExpressions;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.FollowUps;
using Dre.Core.Partners;

using static Dre.Bot.Tests.Cards.CardTexts;

namespace Dre.Bot.Tests.Cards;

public sealed partial class DigestCardTests
{
    private const string Hostile = CardGallery.MarkdownInjection + " " + CardGallery.HtmlInjection + " " + CardGallery.RightToLeft;

    /// <summary>Monday 16 November 2026, midnight in Paris.</summary>
    private static readonly DateTimeOffset From = new(2026, 11, 15, 23, 0, 0, TimeSpan.Zero);

    private static readonly CardContext English = new(Texts.English, CardGallery.Partners, CardGallery.Links, CardGallery.Now);
    private static readonly CardContext French = new(Texts.French, CardGallery.Partners, CardGallery.Links, CardGallery.Now);

    [Fact]
    public void Build_TwoThousandContactsWithHostileText_IsOneCardUnderTheLimit()
    {
        var card = DigestCard.Build(Huge(everyList: true), English, CardGallery.ChartDataUri);

        Assert.True(CardFit.SizeInBytes(card) <= AdaptiveCard.MaxBytes, $"A card of {CardFit.SizeInBytes(card)} bytes.");
        Assert.DoesNotContain(TextsOf(card), t => t.StartsWith("Page ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_BusyWeek_ShowsThreeOverlapsThreeOverdueFollowUpsAndFiveMostActivePartners_AndCountsTheRest()
    {
        var digest = Huge(everyList: true);
        var overlaps = digest.Portfolios.Sum(p => p.Overlaps.Count);
        var overdue = digest.Portfolios.Sum(p => p.OverdueFollowUps.Count);

        var card = DigestCard.Build(digest, English, null);

        var warning = Elements(card).Single(e => e["style"]?.GetValue<string>() == "warning");
        Assert.Equal(3, TextsOf(warning).Count(t => t.Contains(" both met ", StringComparison.Ordinal)));
        Assert.Contains($"… and {overlaps - 3} more", TextsOf(warning));
        Assert.Contains($"… and {overdue - 3} more", TextsOf(card));
        var statusButtons = Elements(card).Where(e => e["type"]?.GetValue<string>() == "Action.Submit").ToList();
        var mostActive = digest.Portfolios.SelectMany(p => p.Partners).OrderByDescending(a => a.Contacts.Count).Take(5).Select(a => a.Partner.Id);
        Assert.Equal(mostActive, statusButtons.Select(b => b["data"]!["partnerId"]!.GetValue<string>()));
        Assert.All(statusButtons, s => Assert.Equal(BotAction.Status.Name, s["data"]![BotAction.Key]!.GetValue<string>()));
        Assert.StartsWith("Morocco · ", TextsOf(card).SkipWhile(t => t != "Most active partners").ElementAt(1), StringComparison.Ordinal);
        Assert.Equal(0, TextsOf(card).Sum(t => ContactMarker().Count(t)) - TextsOf(warning).Sum(t => ContactMarker().Count(t)));
    }

    [Fact]
    public void Build_QuietPartners_AreCountedNotNamed()
    {
        var quiet = new[] { "japan", "osce", "eu" }.Select(id => CardGallery.Partners.Find(id)! with { Name = new LocalizedText("Quiet " + id, "Silencieux " + id) }).ToList();
        var digest = Week(new PortfolioDigest(Portfolio.Eu, [], [], [], [], [], quiet));

        var english = TextsOf(DigestCard.Build(digest, English, null));

        Assert.Equal("3", english.SkipWhile(t => t != "No contact for 8 weeks").ElementAt(1));
        Assert.DoesNotContain(english, t => t.Contains("Quiet ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OpensTheFullDigestOnTheTabsDigestPage_InEnglishAndFrench()
    {
        var digest = Week(new PortfolioDigest(Portfolio.Eu, [], [], [], [], [], []));

        var english = DigestCard.Build(digest, English, null)["actions"]!.AsArray().Single()!;
        var french = DigestCard.Build(digest, French, null)["actions"]!.AsArray().Single()!;

        Assert.Equal("Open the full digest", english["title"]!.GetValue<string>());
        Assert.Equal("Ouvrir la synthèse complète", french["title"]!.GetValue<string>());
        Assert.All([english, french], a => Assert.Equal("https://dre-collab.example.org/app/#/digest", a["url"]!.GetValue<string>()));
    }

    [Fact]
    public void Build_French_HeadlineAndSectionsInFrench()
    {
        var morocco = CardGallery.Partners.Find("morocco")!;
        var anne = Contact("c1", "morocco", From.AddDays(1), "Justice reform", new CoeParticipant("Anne Dupont", null, "DG I"));
        var digest = Week(new PortfolioDigest(
            Portfolio.Neighbourhood, [new PartnerActivity(morocco, [anne])], [], [FollowUp("f1", "Send the report", ["morocco"])],
            [FollowUp("f2", "Call back", ["morocco"]) with { Due = new DateOnly(2026, 11, 2) }], [], []));

        var french = TextsOf(DigestCard.Build(digest, French, null));

        Assert.Contains("1 contact avec 1 partenaire", french);
        Assert.Contains("Partenaires les plus actifs", french);
        Assert.Contains("Suivis en retard", french);
        Assert.Contains("Nouveaux suivis", french);
        Assert.Contains("Sans contact depuis 8 semaines", french);
        Assert.Contains(french, t => t.StartsWith("Call back · échéance 2 nov. 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_QuietWeek_SaysThereWereNoContacts()
    {
        var digest = Week(new PortfolioDigest(Portfolio.Eu, [], [], [], [], [], []));

        var card = DigestCard.Build(digest, French, null);

        Assert.Contains(Texts.French.NoContactsInPeriod, TextsOf(card));
    }

    [Fact]
    public void Build_TwoMaesMeetingOnePartner_TheOverlapIsHighlightedWithBothPeopleAndTheGap()
    {
        var anne = Contact("c1", "morocco", From.AddDays(1).AddHours(9), "Justice reform", new CoeParticipant("Anne Dupont", null, "DG I"));
        var marc = Contact("c2", "morocco", From.AddDays(4).AddHours(15), "Electoral code", new CoeParticipant("Marc Leroy", null, "DG II"));
        var morocco = CardGallery.Partners.Find("morocco")!;
        var digest = Week(Section(Portfolio.Neighbourhood, [new PartnerActivity(morocco, [anne, marc])], overlaps: [new Overlap(morocco, anne, marc)]));

        var english = DigestCard.Build(digest, English, null);
        var french = DigestCard.Build(digest, French, null);

        const string Expected = "Anne Dupont (DG I) and Marc Leroy (DG II) both met Morocco within 3 days";
        var highlighted = Elements(english).Single(e => e["style"]?.GetValue<string>() == "warning");
        Assert.Contains(Expected, TextsOf(highlighted));
        Assert.Contains("Maroc : Anne Dupont (DG I) et Marc Leroy (DG II) ont tous deux eu un contact à 3 jours d'intervalle", TextsOf(french));
    }

    [Fact]
    public void Build_NothingHidden_SaysNothingAboutRestrictedContacts()
    {
        var digest = Week(Section(Portfolio.Eu, [Activity("eu", Contact("c1", "eu", From.AddDays(2), "Senior officials"))]));

        Assert.DoesNotContain(TextsOf(DigestCard.Build(digest, English, null)), t => t.Contains("restricted", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithChart_ShowsItWithItsLegend()
    {
        var card = DigestCard.Build(Huge(everyList: true), English, CardGallery.ChartDataUri);

        var image = Assert.Single(Elements(card), e => e["type"]?.GetValue<string>() == "Image");
        Assert.Equal(CardGallery.ChartDataUri, image["url"]!.GetValue<string>());
        Assert.Contains(
            "European Union: dark blue · OSCE: green · United Nations: light blue · Observer states: orange · Neighbourhood: purple · Other organisations: grey · Sub-regional initiatives: red",
            TextsOf(card));
    }

    [Fact]
    public void Build_WithoutChart_ShowsNoImageNorLegend()
    {
        var card = DigestCard.Build(Huge(everyList: true), French, null);

        Assert.DoesNotContain(Elements(card), e => e["type"]?.GetValue<string>() == "Image");
        Assert.DoesNotContain(TextsOf(card), t => t.Contains("bleu foncé", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ChartThatIsNotAPngDataUri_IsRefused()
    {
        var digest = Week(new PortfolioDigest(Portfolio.Eu, [], [], [], [], [], []));

        Assert.Throws<ArgumentException>(() => DigestCard.Build(digest, English, "https://evil.example/chart.png"));
    }

    [Fact]
    public void Build_FrenchWithChart_LegendNamesTheColoursInFrench()
    {
        var page = DigestCard.Build(Week(new PortfolioDigest(Portfolio.Eu, [], [], [], [], [], [])), French, CardGallery.FrenchChartDataUri);

        Assert.Contains(
            "Union européenne : bleu foncé · OSCE : vert · Nations unies : bleu clair · États observateurs : orange · Voisinage : violet · Autres organisations : gris · Initiatives sous-régionales : rouge",
            TextsOf(page));
    }

    [Theory]
    [InlineData(DigestFrequency.Weekly, "Weekly digest", "From 16 Nov 2026 to 22 Nov 2026", "Résumé hebdomadaire", "Du 16 nov. 2026 au 22 nov. 2026")]
    [InlineData(DigestFrequency.Daily, "Daily digest", "16 Nov 2026", "Résumé quotidien", "16 nov. 2026")]
    public void Build_EnglishAndFrench_TitleAndPeriodInParisTime(DigestFrequency frequency, string englishTitle, string englishPeriod, string frenchTitle, string frenchPeriod)
    {
        var digest = Week(new PortfolioDigest(Portfolio.Eu, [], [], [], [], [], [])) with
        {
            Frequency = frequency,
            To = From.AddDays(frequency == DigestFrequency.Daily ? 1 : 7),
        };

        var english = TextsOf(DigestCard.Build(digest, English, null));
        var french = TextsOf(DigestCard.Build(digest, French, null));

        Assert.Equal([englishTitle, englishPeriod], english.Take(2));
        Assert.Equal([frenchTitle, frenchPeriod], french.Take(2));
    }

    [Fact]
    public void Build_MarkdownAndHtmlInSubjectsNamesAndFollowUps_AreShownAsText()
    {
        var hostilePartner = CardGallery.Partners.Find("morocco")! with { Name = new LocalizedText(Hostile, Hostile) };
        var contact = Contact("c1", "morocco", From.AddDays(1), Hostile, new CoeParticipant(Hostile, null, Hostile)) with { LoggedBy = [Hostile] };
        var followUp = FollowUp("f1", Hostile, ["morocco"]) with { OwnerName = Hostile, ContactSubject = Hostile };
        var digest = Week(new PortfolioDigest(
            Portfolio.Neighbourhood,
            [new PartnerActivity(hostilePartner, [contact])],
            [new Overlap(hostilePartner, contact, contact with { ContactId = "c2" })],
            [followUp],
            [followUp with { Due = new DateOnly(2026, 11, 1) }],
            [contact with { ContactId = "c3", Start = From.AddDays(8) }],
            [hostilePartner]));

        var card = DigestCard.Build(digest, English, null);
        var texts = TextsOf(card).ToList();
        var markdown = MarkdownTextsOf(card).ToList();

        // Shown as written, in plain text runs: no backslashes, and no markdown text holds anything a user wrote.
        Assert.Contains(texts, t => t.Contains("[click me](https://evil.example/phish)", StringComparison.Ordinal));
        Assert.DoesNotContain(markdown, t => t.Contains("click me", StringComparison.Ordinal) || t.Contains("bold", StringComparison.Ordinal) || t.Contains("{{DATE", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\\', StringComparison.Ordinal) || t.Contains('\u202E', StringComparison.Ordinal));
    }

    /// <summary>2,000 contacts over every portfolio, 300 of them with Morocco, with hostile text wherever a person wrote.</summary>
    private static WeeklyDigest Huge(bool everyList)
    {
        var partners = CardGallery.Partners.Partners;
        var contacts = Enumerable.Range(0, 2_000)
            .Select(i => Contact($"c{i}", i < 300 ? "morocco" : partners[i % partners.Count].Id, From.AddHours(i % 160), $"ref{i:D4} {Hostile}", new CoeParticipant(Hostile, null, "DG I"), new CoeParticipant("Eva Schmidt", null, Hostile)))
            .ToList();
        var sections = Enum.GetValues<Portfolio>().Select(portfolio =>
        {
            var activity = contacts.GroupBy(c => c.PartnerIds[0])
                .Select(g => new PartnerActivity(CardGallery.Partners.Find(g.Key)!, [.. g]))
                .Where(a => a.Partner.Portfolio == portfolio)
                .OrderByDescending(a => a.Contacts.Count)
                .ToList();
            if (!everyList)
            {
                return new PortfolioDigest(portfolio, activity, [], [], [], [], []);
            }

            var followUps = activity.Take(50).Select((a, i) => FollowUp($"f{i}", Hostile, [a.Partner.Id]) with { OwnerName = Hostile, ContactSubject = Hostile }).ToList();
            return new PortfolioDigest(
                portfolio,
                activity,
                [.. activity.SelectMany(a => a.Contacts.Zip(a.Contacts.Skip(1), (first, second) => new Overlap(a.Partner, first, second))).Take(50)],
                followUps,
                [.. followUps.Select(f => f with { Due = new DateOnly(2026, 11, 2) })],
                [.. activity.SelectMany(a => a.Contacts).Take(50).Select(c => c with { Start = c.Start.AddDays(7) })],
                [.. partners.Where(p => p.Portfolio == portfolio).Select(p => p with { Name = new LocalizedText(Hostile, Hostile) })]);
        });
        return Week([.. sections]);
    }

    private static WeeklyDigest Week(params PortfolioDigest[] portfolios) =>
        new(DigestFrequency.Weekly, From, From.AddDays(7), portfolios, CardGallery.Chart);

    private static PortfolioDigest Section(Portfolio portfolio, IReadOnlyList<PartnerActivity> partners, IReadOnlyList<Overlap>? overlaps = null) =>
        new(portfolio, partners, overlaps ?? [], [], [], [], []);

    private static PartnerActivity Activity(string partnerId, params ContactSummary[] contacts) => new(CardGallery.Partners.Find(partnerId)!, contacts);

    private static ContactSummary Contact(string id, string partnerId, DateTimeOffset start, string subject, params CoeParticipant[] people) => new()
    {
        ContactId = id,
        Kind = ContactKind.Meeting,
        Start = start,
        Subject = subject,
        PartnerIds = [partnerId],
        CoeParticipants = people,
        LoggedBy = ["Eva Schmidt"],
        Confidentiality = Confidentiality.Internal,
        Source = ContactSource.Teams,
    };

    private static OpenFollowUp FollowUp(string id, string text, IReadOnlyList<string> partnerIds) => new()
    {
        ContactId = "c1",
        FollowUpId = id,
        Text = text,
        ContactSubject = "Justice reform",
        ContactStart = From.AddDays(1),
        PartnerIds = partnerIds,
        Confidentiality = Confidentiality.Internal,
    };

    [GeneratedRegex(@"ref\d{4}")]
    private static partial Regex ContactMarker();
}
