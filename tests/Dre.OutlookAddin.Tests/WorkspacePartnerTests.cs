using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The workspace tab's partner page: timeline filters, follow-ups, who met the partner, the chart, the directory.</summary>
public sealed class WorkspacePartnerTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Timeline_FilteredByPeriodMaeAndKind_InEnglishAndFrench()
    {
        var copy = NewCopy();
        var (mae, other) = ($"DGI-{copy}", $"DGII-{copy}");
        await _tab.LogAsync(Eva, "jordan", $"Recent call {copy}", daysAgo: 20, attendees: [("Eva Schmidt", Eva, mae)]);
        await _tab.LogAsync(Eva, "jordan", $"Spring meeting {copy}", daysAgo: 180, kind: "meeting", attendees: [("Eva Schmidt", Eva, mae)]);
        await _tab.LogAsync(Eva, "jordan", $"Other entity call {copy}", daysAgo: 30, attendees: [("Jan Novak", Jan, other)]);
        await _tab.LogAsync(Eva, "jordan", $"Old meeting {copy}", daysAgo: 600, kind: "meeting", attendees: [("Eva Schmidt", Eva, mae)]);

        var page = await _tab.OpenAsync("#/partners/jordan", "en");
        var timeline = page.GetByRole(AriaRole.List, new() { Name = "Timeline" });
        await Expect(timeline).ToContainTextAsync($"Recent call {copy}");
        await Expect(timeline).ToContainTextAsync($"Spring meeting {copy}");
        await Expect(timeline).Not.ToContainTextAsync($"Old meeting {copy}");

        await page.GetByLabel("Period").SelectOptionAsync("3");
        await Expect(timeline).ToContainTextAsync($"Other entity call {copy}");
        await Expect(timeline).Not.ToContainTextAsync($"Spring meeting {copy}");
        await page.GetByLabel("MAE", new() { Exact = true }).SelectOptionAsync(mae);
        await Expect(timeline).ToContainTextAsync($"Recent call {copy}");
        await Expect(timeline).Not.ToContainTextAsync($"Other entity call {copy}");

        await page.GetByLabel("Period").SelectOptionAsync("all");
        await page.GetByLabel("Kind of contact").SelectOptionAsync("meeting");
        await Expect(timeline.GetByRole(AriaRole.Link)).ToHaveTextAsync([$"Spring meeting {copy}", $"Old meeting {copy}"]);
        await ScreenshotAsync(page, "tab-partner-filtered-en");

        var french = await _tab.OpenAsync("#/partners/jordan", "fr");
        await french.GetByLabel("Type de contact").SelectOptionAsync(new SelectOptionValue { Label = "Réunion" });
        var chronologie = french.GetByRole(AriaRole.List, new() { Name = "Chronologie" });
        await Expect(chronologie).ToContainTextAsync($"Spring meeting {copy}");
        await Expect(chronologie).Not.ToContainTextAsync($"Recent call {copy}");
        await Expect(french.GetByLabel("Période")).ToHaveValueAsync("12");
        await ScreenshotAsync(french, "tab-partner-filtered-fr");
    }

    [Fact]
    public async Task FollowUps_OverdueMarked_CompletedFromThePage()
    {
        var copy = NewCopy();
        var today = DateOnly.FromDateTime(_tab.Now.UtcDateTime);
        var (contactId, followUpId) = await _tab.LogAsync(Eva, "lebanon", $"Budget talks {copy}", followUp: $"Send the figures {copy}", due: today.AddDays(-3));
        await _tab.LogAsync(Eva, "lebanon", $"Later talks {copy}", followUp: $"Book the room {copy}", due: today.AddDays(10));

        var page = await _tab.OpenAsync("#/partners/lebanon", "en", role: "staff", user: Eva);
        var followUps = page.GetByRole(AriaRole.List, new() { Name = "Open follow-ups" });
        await Expect(followUps.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Send the figures {copy}" })).ToContainTextAsync("Overdue");
        await Expect(followUps.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Book the room {copy}" })).Not.ToContainTextAsync("Overdue");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark done: Send the figures {copy}" }).ClickAsync();
        await Expect(page.GetByText($"Send the figures {copy}")).ToHaveCountAsync(0);
        await Expect(page.GetByText($"Book the room {copy}")).ToBeVisibleAsync();
        var stored = await fixture.GetContactAsync(contactId);
        Assert.True(stored.GetProperty("followUps").EnumerateArray().Single(f => f.GetProperty("id").GetString() == followUpId).GetProperty("done").GetBoolean());

        var french = await _tab.OpenAsync("#/partners/lebanon", "fr", role: "staff", user: Eva);
        await Expect(french.GetByRole(AriaRole.List, new() { Name = "Suites à donner ouvertes" })).ToContainTextAsync($"Book the room {copy}");
    }

    [Fact]
    public async Task WhoMetAndChart_CountOnlyWhatTheReaderMaySee_ARestrictedContactAppearsForItsAttendee()
    {
        var copy = NewCopy();
        var (open, secret) = ($"DGIII-{copy}", $"DPOL-{copy}");
        var restricted = $"Confidential briefing {copy}";
        await _tab.LogAsync(Eva, "egypt", $"Working visit {copy}", daysAgo: 40, attendees: [("Eva Schmidt", Eva, open)]);
        await _tab.LogAsync(Eva, "egypt", $"Call on the programme {copy}", daysAgo: 41, attendees: [("Eva Schmidt", Eva, open)]);
        await _tab.LogAsync(Pane.Officer, "egypt", restricted, "restricted", daysAgo: 10, attendees: [("Jan Novak", Jan, secret)]);

        var staff = await _tab.OpenAsync("#/partners/egypt", "en", role: "staff", user: Eva);
        var maes = staff.GetByRole(AriaRole.Region, new() { Name = "Who met them (last 12 months)" }).GetByRole(AriaRole.List, new() { Name = "MAEs" });
        await Expect(maes).ToContainTextAsync($"{open} · 2 contacts");
        await Expect(staff.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(secret);
        await Expect(staff.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(restricted);
        var chart = staff.GetByTestId("contacts-chart");
        await Expect(chart.Locator($"rect[data-mae='{open}']")).ToHaveAttributeAsync("data-count", "2");
        await Expect(chart.Locator($"rect[data-mae='{secret}']")).ToHaveCountAsync(0);
        Assert.True(await chart.Locator($"rect[data-mae='{open}']").EvaluateAsync<double>("r => r.getBBox().height") > 0, "The bar is drawn.");
        await ScreenshotAsync(staff, "tab-partner-who-met-en");

        var attendee = await _tab.OpenAsync("#/partners/egypt", "fr", role: "staff", user: Jan);
        await Expect(attendee.GetByRole(AriaRole.List, new() { Name = "Chronologie" })).ToContainTextAsync(restricted);
        await Expect(attendee.GetByRole(AriaRole.Region, new() { Name = "Qui les a rencontrés (12 derniers mois)" })).ToContainTextAsync($"Jan Novak ({secret}) · 1 contact");
        await Expect(attendee.GetByTestId("contacts-chart").Locator($"rect[data-mae='{secret}']")).ToHaveAttributeAsync("data-count", "1");
        await ScreenshotAsync(attendee, "tab-partner-who-met-fr");
    }

    [Fact]
    public async Task Directory_LinksTheParentAndTheChildren()
    {
        var page = await _tab.OpenAsync("#/partners/eeas", "en");
        var family = page.GetByRole(AriaRole.Region, new() { Name = "In the directory" });
        await Expect(family.GetByRole(AriaRole.Link, new() { Name = "European Union", Exact = true })).ToHaveAttributeAsync("href", "#/partners/eu");
        await family.GetByRole(AriaRole.Link, new() { Name = "Delegation of the European Union to the Council of Europe" }).ClickAsync();
        Assert.EndsWith("#/partners/eu-delegation-coe", page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delegation of the European Union to the Council of Europe", Exact = true })).ToBeVisibleAsync();

        var french = await _tab.OpenAsync("#/partners/eeas", "fr");
        var annuaire = french.GetByRole(AriaRole.Region, new() { Name = "Dans l'annuaire" });
        await Expect(annuaire.GetByRole(AriaRole.Link, new() { Name = "Union européenne", Exact = true })).ToBeVisibleAsync();
        await Expect(annuaire.GetByRole(AriaRole.Link, new() { Name = "Délégation de l'Union européenne auprès du Conseil de l'Europe" })).ToBeVisibleAsync();

        // Nothing logged for it in these tests: each empty card says so, with the French noun's gender.
        var empty = await _tab.OpenAsync("#/partners/turkmenistan", "fr");
        await Expect(empty.GetByRole(AriaRole.Main)).ToContainTextAsync("Aucune suite à donner ouverte.");
        await Expect(empty.GetByRole(AriaRole.Main)).ToContainTextAsync("Aucun partenaire de l'annuaire n'en fait partie.");
        await ScreenshotAsync(empty, "tab-partner-empty-fr");
    }
}
