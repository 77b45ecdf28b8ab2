using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The workspace tab's export page: a file of the contacts the reader may see, in their language; a refused field explained next to it.</summary>
public sealed class WorkspaceExportTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Export_DownloadsTheContactsTheReaderMaySee_InEnglishAndFrench()
    {
        var copy = NewCopy();
        await _tab.LogAsync(Eva, "tunisia", $"Justice reform call {copy}", daysAgo: 5);
        await _tab.LogAsync(Pane.Officer, "tunisia", $"Confidential talks {copy}", "restricted", daysAgo: 6, attendees: [("Anne Dupont", Pane.Officer, "DRE")]);

        var page = await _tab.OpenAsync("#/export", "en", role: "staff", user: Jan);
        await page.GetByLabel("Portfolio").SelectOptionAsync("neighbourhood");
        await page.GetByLabel("Partner").SelectOptionAsync("tunisia");
        var csv = await DownloadAsync(page, "Download", "contacts.csv");
        Assert.StartsWith("date,kind,partner,subject", csv);
        Assert.Contains($"Justice reform call {copy}", csv);
        Assert.DoesNotContain($"Confidential talks {copy}", csv);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Downloaded contacts.csv.");
        await ScreenshotAsync(page, "tab-export-en");

        var french = await _tab.OpenAsync("#/export", "fr", role: "staff", user: Jan);
        await french.GetByLabel("Partenaire").SelectOptionAsync("tunisia");
        var fichier = await DownloadAsync(french, "Télécharger", "contacts.csv");
        Assert.StartsWith("date;type;partenaire;objet", fichier);
        Assert.Contains($"Justice reform call {copy}", fichier);
        Assert.Contains("Tunisie", fichier);
        Assert.DoesNotContain($"Confidential talks {copy}", fichier);
        await ScreenshotAsync(french, "tab-export-fr");

        // The officer who logged the restricted contact gets it in the file.
        var officer = await _tab.OpenAsync("#/export", "en");
        await officer.GetByLabel("Partner").SelectOptionAsync("tunisia");
        Assert.Contains($"Confidential talks {copy}", await DownloadAsync(officer, "Download", "contacts.csv"));
        await officer.GetByLabel("Excel (.xlsx)").CheckAsync();
        var workbook = await officer.RunAndWaitForDownloadAsync(() => officer.GetByRole(AriaRole.Button, new() { Name = "Download" }).ClickAsync());
        Assert.Equal("contacts.xlsx", workbook.SuggestedFilename);
        // A workbook is a zip: the saved bytes are the service's, not a text rendering of them.
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync((await workbook.PathAsync())!))[..2]);
    }

    [Fact]
    public async Task Export_RefusedPeriod_IsExplainedNextToTheField()
    {
        var today = DateOnly.FromDateTime(_tab.Now.UtcDateTime);
        var page = await _tab.OpenAsync("#/export", "en", role: "staff", user: Eva);
        await page.GetByLabel("From").FillAsync(Day(today.AddDays(-2)));
        await page.GetByLabel("To").FillAsync(Day(today.AddDays(-10)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Download" }).ClickAsync();
        await Expect(page.GetByLabel("From")).ToHaveAccessibleDescriptionAsync(new Regex("The start must be before the end"));
        await Expect(page.GetByLabel("From")).ToHaveAttributeAsync("aria-invalid", "true");

        var french = await _tab.OpenAsync("#/export", "fr", role: "staff", user: Eva);
        await french.GetByLabel("Du", new() { Exact = true }).FillAsync(Day(today.AddDays(-400)));
        await french.GetByRole(AriaRole.Button, new() { Name = "Télécharger" }).ClickAsync();
        await Expect(french.GetByLabel("Du", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(new Regex("un an au plus"));
        await ScreenshotAsync(french, "tab-export-refused-fr");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Clicks the button, checks the file's name, and gives its text (without the byte order mark).</summary>
    private static async Task<string> DownloadAsync(IPage page, string button, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        Assert.Equal(name, download.SuggestedFilename);
        return (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimStart('\uFEFF');
    }
}
