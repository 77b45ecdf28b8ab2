using Dre.Core.Localization;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.FollowUps;
using Dre.Core.Notifications;
using Dre.Core.Partners;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Tests.Cards;

/// <summary>Every kind of card the bot sends, in both languages, with realistic data and with hostile data.</summary>
public static class CardGallery
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    public const string MarkdownInjection = "[click me](https://evil.example/phish) **bold** # heading _x_ `code` ![img](https://evil.example/i.png) > quote | table | ~strike~ {{DATE(2026-01-01T00:00:00Z)}}";
    public const string HtmlInjection = "<script>alert('x')</script><a href=\"https://evil.example\">link</a><img src=x onerror=alert(1)>";
    public const string ControlChars = "Bell\u0007 escape\u001b[31m null\u0000 backspace\u0008 vertical\u000b end";
    public const string RightToLeft = "اجتماع مع وزارة الخارجية \u202Eevil\u202C حول الشراكة";
    public static readonly string Huge = string.Concat(Enumerable.Repeat("Long text with [link](https://x.example) and *stars* — éàü 漢字 ", 1_700));

    public static readonly PartnerSnapshot Partners = new(
        [.. PartnerDirectorySeed.Load().Select(p => p.Id == "morocco" ? p with { Version = "W/\"datetime'2026-11-01T00%3A00%3A00Z'\"" } : p)],
        Now);

    public static readonly CardLinks Links = new(Options.Create(new LinksOptions
    {
        AppBaseUrl = new Uri("https://dre-collab.example.org/"),
        AllowedOrigins = ["https://dre-collab.example.org"],
    }));

    public static readonly IReadOnlyList<WeekCount> Chart =
        [.. Enumerable.Range(0, 8).Select(w => new WeekCount($"2026-W{40 + w}", Enum.GetValues<Portfolio>().ToDictionary(p => p, p => (w + (3 * (int)p)) % 7)))];

    public static readonly string ChartDataUri = ChartDataUriIn(Texts.English);

    public static readonly string FrenchChartDataUri = ChartDataUriIn(Texts.French);

    private static readonly Lazy<IReadOnlyList<(string Name, JsonObject Card)>> Built = new(() => [.. Build()]);

    /// <summary>Fresh copies: the size guard shortens cards in place.</summary>
    public static IEnumerable<(string Name, JsonObject Card)> All() => Built.Value.Select(c => (c.Name, c.Card.DeepClone().AsObject()));

    /// <summary>The cards a Teams user meets most, with <paramref name="text"/> wherever a person wrote: for screenshots.</summary>
    public static IEnumerable<(string Name, JsonObject Card)> Showcase(Language language, string text)
    {
        string[] shown = ["status-officer", "contact", "channel-summary", "coordination-alert", "digest"];
        var context = new CardContext(Texts.For(language), Partners, Links, Now);
        return Cards(context, text, hostile: false).Where(c => shown.Contains(c.Name)).Select(c => (c.Name, CardFit.Fit(c.Card)));
    }

    private static IEnumerable<(string Name, JsonObject Card)> Build()
    {
        foreach (var language in new[] { Language.English, Language.French })
        {
            var context = new CardContext(Texts.For(language), Partners, Links, Now);
            foreach (var (name, text) in new[] { ("realistic", "Neighbourhood partnership review"), ("markdown", MarkdownInjection), ("html", HtmlInjection), ("control", ControlChars), ("rtl", RightToLeft), ("huge", Huge) })
            {
                foreach (var card in Cards(context, text, hostile: name != "realistic"))
                {
                    yield return ($"{card.Name}/{name}/{language}", card.Card);
                }
            }
        }
    }

    private static IEnumerable<(string Name, JsonObject Card)> Cards(CardContext context, string text, bool hostile)
    {
        var count = hostile ? 60 : 3;
        var morocco = Partners.Find("morocco")! with
        {
            StateOfPlay = new StateOfPlay(text, text, Now.AddDays(-3)),
            Relation = new RelationFacts { Summary = new LocalizedText(text, text), Memberships = [text, "Venice Commission"], Conventions = [text] },
        };
        var contacts = Enumerable.Range(0, count).Select(i => Summary(i, text)).ToList();
        var followUps = Enumerable.Range(0, count).Select(i => FollowUp(i, text)).ToList();
        var status = new PartnerStatus(morocco, null, contacts.Take(5).ToList(), contacts.Take(5).ToList(), followUps.Take(10).ToList());

        yield return ("status-officer", StatusCard.Build(status, context, canEditStateOfPlay: true));
        yield return ("status-staff", StatusCard.Build(status with { LatestContacts = [], PlannedContacts = [], OpenFollowUps = [] }, context, canEditStateOfPlay: false));
        yield return ("status-child", StatusCard.Build(new PartnerStatus(Partners.Find("odihr")!, Partners.Find("osce"), contacts.Take(2).ToList(), [], []), context, canEditStateOfPlay: false));
        yield return ("candidates", CandidatesCard.Build(Partners.Resolver.Resolve("AU").Candidates, BotAction.Status, context));
        yield return ("contacts", ContactListCard.Build(contacts, "eu", new Period(Now.AddDays(-30), Now), context));
        yield return ("contacts-all", ContactListCard.Build(contacts, null, new Period(Now.AddDays(-7), Now), context));
        yield return ("contacts-none", ContactListCard.Build([], null, new Period(Now.AddDays(-7), Now), context));
        yield return ("follow-ups", FollowUpsCard.Build(followUps, FollowUpsView.Mine, context));
        yield return ("follow-ups-overdue", FollowUpsCard.Build(followUps, FollowUpsView.Overdue, context));
        yield return ("follow-ups-none", FollowUpsCard.Build([], FollowUpsView.Mine, context));
        yield return ("help", HelpCard.Build(context, welcome: false));
        yield return ("welcome", HelpCard.Build(context, welcome: true));
        yield return ("form-empty", ContactFormCard.Build("form-1", new ContactFormValues(), new Dictionary<string, IReadOnlyList<string>>(), context));
        var values = new ContactFormValues
        {
            PartnerId = "morocco", Kind = "call", Date = "2026-11-20", Time = "14:30", Subject = text, Summary = text,
            CoeParticipants = text, PartnerParticipants = text, Topics = text, FollowUps = text, Confidentiality = "restricted",
        };
        var errors = new Dictionary<string, IReadOnlyList<string>>
        {
            [""] = [text], [ContactFormCard.SubjectInput] = [text, "subject is required."], [ContactFormCard.DateInput] = [text],
            [ContactFormCard.FollowUpsInput] = [text], [ContactFormCard.PartnerInput] = [text],
        };
        yield return ("form-errors", ContactFormCard.Build("form-2", values, errors, context));
        yield return ("logged", ContactLoggedCard.Build(new LogResult(Contact(text, count), AlreadyLogged: hostile, [new LoggedBy("u1", text, Now)]), context));
        yield return ("contact", ContactCard.Build(Contact(text, count) with { Notes = [new ContactNote(text, text, Now)], Outcome = text }, context, canDelete: true));
        yield return ("channel-summary", ContactSummaryCard.Build(Contact(text, count), context));
        yield return ("channel-summary-updated", ContactSummaryCard.Build(Contact(text, count) with { Revision = 2 }, context));
        yield return ("channel-restricted", ContactSummaryCard.RestrictedNotice(Contact(text, count), context));
        yield return ("coordination-alert", CoordinationAlertCard.Build("morocco", contacts[0], contacts[^1], 14, context, [new ChatTarget(text, "ben.ward@coe.int")]));
        var routes = new Dictionary<RouteTarget, (string, string)> { [RouteTarget.Eu] = ("t-c1", text), [RouteTarget.Managers] = ("t-c2", "DRE › Managers") };
        yield return ("settings-channel", SettingsCard.Build(routes, "t-c1", canRoute: true, (false, null), context));
        yield return ("settings-personal", SettingsCard.Build(routes, null, canRoute: false, (true, DigestFrequency.Daily), context));
        var digest = Digest(text, count, hostile);
        yield return ("digest", DigestCard.Build(digest, context, context.Texts.Language == Language.French ? FrenchChartDataUri : ChartDataUri));
        yield return ("digest-daily", DigestCard.Build(digest with { Frequency = DigestFrequency.Daily, To = digest.From.AddDays(1), Portfolios = digest.Portfolios.Take(1).ToList() }, context, null));
    }

    /// <summary>A week of three portfolios, each list <paramref name="count"/> long, with <paramref name="text"/> wherever a person wrote (and in partner names when hostile).</summary>
    public static WeeklyDigest Digest(string text, int count, bool hostile)
    {
        var from = new DateTimeOffset(2026, 11, 15, 23, 0, 0, TimeSpan.Zero);
        var to = from.AddDays(7);

        PortfolioDigest Section(Portfolio portfolio, string partnerId, string otherPartnerId, string quietPartnerId)
        {
            var partner = Partners.Find(partnerId)!;
            var other = hostile ? Partners.Find(otherPartnerId)! with { Name = new LocalizedText(text, text) } : Partners.Find(otherPartnerId)!;
            var activity = new[] { partner, other }
                .Select(p => new PartnerActivity(p, [.. Enumerable.Range(0, count).Select(i => Met(p.Id, i, from))]))
                .ToList();
            return new PortfolioDigest(
                portfolio,
                activity,
                [.. Enumerable.Range(1, count - 1).Select(i => new Overlap(partner, activity[0].Contacts[i - 1], activity[0].Contacts[i]))],
                [.. Enumerable.Range(0, count).Select(i => FollowUp(i, text) with { PartnerIds = [partnerId] })],
                [.. Enumerable.Range(0, count).Select(i => FollowUp(i, text) with { PartnerIds = [otherPartnerId], Due = new DateOnly(2026, 11, 2) })],
                [.. Enumerable.Range(0, count).Select(i => Met(partnerId, i, to))],
                hostile
                    ? [.. Enumerable.Range(0, count).Select(i => Partners.Find(quietPartnerId)! with { Id = $"{quietPartnerId}-{i}", Name = new LocalizedText(text, text) })]
                    : [Partners.Find(quietPartnerId)!]);
        }

        ContactSummary Met(string partnerId, int i, DateTimeOffset weekStart) => new()
        {
            ContactId = $"{partnerId}-{weekStart:yyyyMMdd}-{i}",
            Kind = (ContactKind)(i % 6),
            Start = weekStart.AddDays(i % 7).AddHours(9 + (i % 8)),
            Subject = text,
            PartnerIds = [partnerId],
            CoeParticipants = i % 2 == 1 ? [new CoeParticipant("Marc Leroy", null, "DG II")]
                : hostile ? [new CoeParticipant("Eva Schmidt", null, "DG I"), new CoeParticipant(text, null, text)]
                : [new CoeParticipant("Eva Schmidt", null, "DG I")],
            LoggedBy = [text],
            Confidentiality = Confidentiality.Internal,
            Source = ContactSource.Teams,
        };

        return new WeeklyDigest(
            DigestFrequency.Weekly,
            from,
            to,
            [
                Section(Portfolio.Neighbourhood, "morocco", "tunisia", "libya"),
                Section(Portfolio.Eu, "eu", "european-commission", "frontex"),
                Section(Portfolio.Un, "unhcr", "unesco", "who"),
                new PortfolioDigest(Portfolio.Osce, [], [], [], [], [], []),
            ],
            Chart);
    }

    private static ContactSummary Summary(int i, string text) => new()
    {
        ContactId = $"c{i}",
        Kind = (ContactKind)(i % 6),
        Start = Now.AddDays(-i),
        Subject = text,
        PartnerIds = ["morocco", "eu"],
        CoeParticipants = [new CoeParticipant(text, null, text), new CoeParticipant("Eva Schmidt", null, "DG I")],
        LoggedBy = [text],
        Confidentiality = Confidentiality.Internal,
        Source = ContactSource.Teams,
    };

    private static OpenFollowUp FollowUp(int i, string text) => new()
    {
        ContactId = $"c{i}",
        FollowUpId = $"f{i}",
        Text = text,
        Owner = "eva.schmidt@coe.int",
        OwnerName = text,
        Due = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(i - 3),
        ContactSubject = text,
        ContactStart = Now.AddDays(-i),
        PartnerIds = ["morocco"],
        Confidentiality = Confidentiality.Internal,
    };

    private static Contact Contact(string text, int count) => new()
    {
        Id = "c1",
        Kind = ContactKind.Meeting,
        Start = Now.AddDays(-1),
        PartnerIds = ["morocco", "eu"],
        CoeParticipants = [.. Enumerable.Range(0, count).Select(i => new CoeParticipant(text, "eva.schmidt@coe.int", text))],
        Subject = text,
        Summary = text,
        Topics = [text],
        FollowUps = [.. Enumerable.Range(0, Math.Min(count, 30)).Select(i => new FollowUp { Id = $"f{i}", Text = text, Due = new DateOnly(2026, 12, 1) })],
        Source = ContactSource.Teams,
        Loggers = [new LoggedBy("u1", text, Now)],
    };

    private static string ChartDataUriIn(Texts texts) => "data:image/png;base64," + Convert.ToBase64String(DigestChart.RenderPng(Chart, texts));
}
