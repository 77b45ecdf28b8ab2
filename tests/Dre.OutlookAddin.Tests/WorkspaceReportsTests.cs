using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>
/// The workspace tab's reports: the reader's contacts over a period, counted by portfolio, partner or MAE, drawn and
/// in figures; a contact the reader may not see is not counted. The partner and the MAE here are new and unique: the
/// service is shared with the class's other tests.
/// </summary>
public sealed class WorkspaceReportsTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Reports_CountTheContactsTheReaderMaySee_ByPartnerAndMae_InEnglishAndFrench()
    {
        var copy = NewCopy();
        var partner = $"Report Institute {copy}";
        var mae = $"DGR-{copy}";
        await _tab.CreatePartnerAsync($"report-{copy}", partner, $"Institut du rapport {copy}");
        await _tab.LogAsync(Eva, $"report-{copy}", $"First call {copy}", daysAgo: 3, attendees: [("Eva Schmidt", Eva, mae)]);
        await _tab.LogAsync(Eva, $"report-{copy}", $"Second call {copy}", daysAgo: 40, attendees: [("Eva Schmidt", Eva, mae)]);
        await _tab.LogAsync(Officer, $"report-{copy}", $"Restricted talks {copy}", "restricted", daysAgo: 5, attendees: [("Anne Dupont", Officer, mae)]);

        var page = await _tab.OpenAsync("#/partners", "en", role: "staff", user: Eva);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await page.GetByLabel("Count by").SelectOptionAsync("partner");
        var figures = page.GetByRole(AriaRole.Table, new() { Name = "Figures" });
        // Eva sees her two calls, not the officer's restricted talks.
        await Expect(figures.GetByRole(AriaRole.Row).Filter(new() { HasText = partner })).ToHaveTextAsync($"{partner}2");
        await Expect(page.Locator($"[data-testid=report-chart] rect[data-key='report-{copy}']")).ToHaveAttributeAsync("data-count", "2");
        await page.GetByLabel("Count by").SelectOptionAsync("mae");
        await Expect(figures.GetByRole(AriaRole.Row).Filter(new() { HasText = mae })).ToHaveTextAsync($"{mae}2");
        await ScreenshotAsync(page, "tab-reports-en");

        // A period that leaves out the older call counts one.
        var today = DateOnly.FromDateTime(_tab.Now.UtcDateTime);
        await page.GetByLabel("From").FillAsync(today.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(figures.GetByRole(AriaRole.Row).Filter(new() { HasText = mae })).ToHaveTextAsync($"{mae}1");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        var text = await File.ReadAllTextAsync((await csv.PathAsync())!);
        Assert.Contains($"First call {copy}", text);
        Assert.DoesNotContain($"Second call {copy}", text);
        Assert.DoesNotContain($"Restricted talks {copy}", text);

        // The officer who logged the restricted talks counts them too, in French.
        var french = await _tab.OpenAsync("#/reports", "fr");
        await french.GetByLabel("Compter par").SelectOptionAsync("partner");
        var chiffres = french.GetByRole(AriaRole.Table, new() { Name = "Chiffres" });
        await Expect(chiffres.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Institut du rapport {copy}" })).ToHaveTextAsync($"Institut du rapport {copy}3");
        await Expect(french.Locator("[data-testid=report-chart]")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(@"^\d+ contacts? dans \d+ groupes?\.$"));
        await ScreenshotAsync(french, "tab-reports-fr");
    }
}
