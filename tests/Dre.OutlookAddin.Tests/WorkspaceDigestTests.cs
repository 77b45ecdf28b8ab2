using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>
/// The workspace tab's digest page, where the digest card's "Open the full digest" leads: every section of the week in
/// progress, filtered by portfolio or partner, as the reader may see it. The partner here is new and unique: the
/// service is shared with the class's other tests, so the filter narrows the page down to this test's contacts.
/// </summary>
public sealed class WorkspaceDigestTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Digest_ShowsEverySection_AsTheReaderMaySeeIt_Filtered_InEnglishAndFrench()
    {
        var copy = NewCopy();
        var partner = $"Digest Institute {copy}";
        var today = DateOnly.FromDateTime(_tab.Now.UtcDateTime);
        await _tab.CreatePartnerAsync($"digest-{copy}", partner, $"Institut du résumé {copy}");
        // Two MAEs meeting one partner in the week: an overlap; the follow-up, due ten days ago, is new and overdue.
        await _tab.LogAsync(Eva, $"digest-{copy}", $"Justice talks {copy}", followUp: $"Send the report {copy}", daysAgo: 0, due: today.AddDays(-10), attendees: [("Eva Schmidt", Eva, $"DGA-{copy}")]);
        await _tab.LogAsync(Officer, $"digest-{copy}", $"Electoral call {copy}", daysAgo: 0, attendees: [("Anne Dupont", Officer, $"DGB-{copy}")]);
        await _tab.LogAsync(Officer, $"digest-{copy}", $"Restricted talks {copy}", "restricted", daysAgo: 0, attendees: [("Anne Dupont", Officer, $"DGC-{copy}")]);

        var page = await _tab.OpenAsync("#/partners", "en", role: "staff", user: Eva);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Digest" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Weekly digest" })).ToBeVisibleAsync();
        // By keyboard: from the portfolio to the partner filter.
        await page.GetByLabel("Portfolio", new() { Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Partner", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(copy);

        var main = page.GetByRole(AriaRole.Main);
        foreach (var heading in new[] { "This week", "Contacts per week", "Overlaps (1)", "Planned for the week ahead (0)", "Overdue follow-ups (1)", "New follow-ups (1)", "No contact for 8 weeks (0)", "Partners by portfolio" })
        {
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        }

        // Eva sees her talks and the officer's internal call, not the restricted talks, nor are they counted.
        await Expect(page.Locator("[data-testid=digest-figures] > div").First).ToHaveTextAsync("Contacts2");
        await Expect(main.GetByRole(AriaRole.Region, new() { Name = "Overlaps (1)" })).ToContainTextAsync($"both met {partner}");
        await Expect(main.GetByRole(AriaRole.Region, new() { Name = "Overdue follow-ups (1)" })).ToContainTextAsync($"Send the report {copy}");
        var portfolios = main.GetByRole(AriaRole.Region, new() { Name = "Partners by portfolio" });
        await Expect(portfolios).ToContainTextAsync($"{partner} · 2 contacts");
        await Expect(portfolios).ToContainTextAsync($"Electoral call {copy}");
        await Expect(main).Not.ToContainTextAsync($"Restricted talks {copy}");
        await Expect(main).Not.ToContainTextAsync($"DGC-{copy}");
        await ScreenshotAsync(page, "tab-digest-en");

        // Another portfolio than the partner's leaves nothing of it.
        await page.GetByLabel("Portfolio", new() { Exact = true }).SelectOptionAsync("eu");
        await Expect(page.Locator("[data-testid=digest-figures] > div").First).ToHaveTextAsync("Contacts0");
        await Expect(main).Not.ToContainTextAsync($"Justice talks {copy}");

        // The officer who logged the restricted talks sees them, in French, on a phone's width.
        var french = await _tab.OpenAsync("#/digest", "fr", width: 360);
        await Expect(french.GetByRole(AriaRole.Heading, new() { Name = "Résumé hebdomadaire" })).ToBeVisibleAsync();
        await french.GetByLabel("Partenaire", new() { Exact = true }).FillAsync(copy);
        var parPortefeuille = french.GetByRole(AriaRole.Main).GetByRole(AriaRole.Region, new() { Name = "Partenaires par portefeuille" });
        await Expect(parPortefeuille).ToContainTextAsync($"Institut du résumé {copy} · 3 contacts");
        await Expect(parPortefeuille).ToContainTextAsync($"Restricted talks {copy}");
        await Expect(french.GetByRole(AriaRole.Heading, new() { Name = "Suivis en retard (1)" })).ToBeVisibleAsync();
        await Expect(french.Locator("[data-testid=digest-chart]")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(@"^\d+ contacts? sur \d+ semaines?\.$"));
        await ScreenshotAsync(french, "tab-digest-fr");
    }

    [Fact]
    public async Task Digest_LabelsABodyWithItsFamily_AndFlagsPlannedContactsThatOverlap_InEnglishAndFrench()
    {
        var copy = NewCopy();
        await _tab.CreatePartnerAsync($"family-{copy}", $"Family Organisation {copy}", $"Organisation famille {copy}");
        await _tab.CreatePartnerAsync($"body-{copy}", $"Family Body {copy}", $"Organe famille {copy}", parentId: $"family-{copy}");
        await _tab.LogAsync(Eva, $"body-{copy}", $"Body talks {copy}", daysAgo: 0, attendees: [("Eva Schmidt", Eva, $"DGA-{copy}")]);
        // Next week, two MAEs meet the family, one the organisation and one its body: an overlap ahead, on both sides.
        await _tab.LogAsync(Eva, $"body-{copy}", $"Body mission {copy}", daysAgo: -7, attendees: [("Eva Schmidt", Eva, $"DGA-{copy}")]);
        await _tab.LogAsync(Officer, $"family-{copy}", $"Family visit {copy}", daysAgo: -7, attendees: [("Anne Dupont", Officer, $"DGB-{copy}")]);

        var page = await _tab.OpenAsync("#/digest", "en", role: "staff", user: Eva);
        await page.GetByLabel("Partner", new() { Exact = true }).FillAsync(copy);

        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Region, new() { Name = "Partners by portfolio" })).ToContainTextAsync($"Family Body {copy} · Family Organisation {copy} family · 1 contact");
        var planned = main.GetByRole(AriaRole.Region, new() { Name = "Planned for the week ahead (2)" });
        await Expect(planned.GetByTestId("overlap-ahead")).ToHaveCountAsync(2);
        await Expect(planned.GetByTestId("overlap-ahead").First).ToContainTextAsync($"Overlap ahead: Anne Dupont (DGB-{copy}) also meets Family Organisation {copy}");

        var french = await _tab.OpenAsync("#/digest", "fr", role: "staff", user: Eva);
        await french.GetByLabel("Partenaire", new() { Exact = true }).FillAsync(copy);
        var prevus = french.GetByRole(AriaRole.Main).GetByRole(AriaRole.Region, new() { Name = "Prévus dans la semaine à venir (2)" });
        await Expect(prevus.GetByTestId("overlap-ahead").Last).ToContainTextAsync($"Chevauchement à venir : Eva Schmidt (DGA-{copy}) rencontre aussi Organisation famille {copy}");
        await Expect(french.GetByRole(AriaRole.Main)).ToContainTextAsync($"Organe famille {copy} · famille Organisation famille {copy}");
    }
}
