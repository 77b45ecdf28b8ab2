using System.Text;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The workspace tab's import page: a DRE officer's file to completion with its rejected line, a dry run that writes nothing, staff told who imports.</summary>
public sealed class WorkspaceImportTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Import_ShowsProgressToCompletion_AndTheRejectedLine()
    {
        var copy = NewCopy();
        var page = await _tab.OpenAsync("#/import", "en");
        await page.GetByLabel("CSV file").SetInputFilesAsync(CsvFile($"import-{copy}.csv", copy));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Region, new() { Name = "Progress" });
        await Expect(progress).ToContainTextAsync("Finished", new() { Timeout = 60_000 });
        await Expect(progress.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "1");
        var counts = progress.GetByRole(AriaRole.List, new() { Name = "Progress" });
        await Expect(counts).ToContainTextAsync("Rows in the file: 3");
        await Expect(counts).ToContainTextAsync("Imported: 2");
        await Expect(counts).ToContainTextAsync("Rejected: 1");
        var rejected = page.GetByRole(AriaRole.Table, new() { Name = "Rejected lines" }).GetByRole(AriaRole.Row);
        await Expect(rejected).ToHaveCountAsync(2);
        await Expect(rejected.Nth(1)).ToContainTextAsync("4");
        await Expect(rejected.Nth(1)).ToContainTextAsync("\"party\" is not a kind of contact");
        await ScreenshotAsync(page, "tab-import-en");

        var stored = await ExportAsync("osce");
        Assert.Contains($"Election observation call {copy}", stored);
        Assert.DoesNotContain($"Garden party {copy}", stored);
    }

    [Fact]
    public async Task DryRun_ShowsWhatAnImportWouldDo_AndWritesNothing_InFrench()
    {
        var copy = NewCopy();
        var page = await _tab.OpenAsync("#/import", "fr");
        await page.GetByLabel("Fichier CSV").SetInputFilesAsync(CsvFile($"essai-{copy}.csv", copy));
        await page.GetByLabel("Essai à blanc").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Region, new() { Name = "Avancement" });
        await Expect(progress).ToContainTextAsync("rien n'a été écrit");
        await Expect(progress).ToContainTextAsync("Importées : 2");
        var rejected = page.GetByRole(AriaRole.Table, new() { Name = "Lignes rejetées" }).GetByRole(AriaRole.Row);
        await Expect(rejected.Nth(0)).ToContainTextAsync("Motif");
        await Expect(rejected.Nth(1)).ToContainTextAsync("« party » n'est pas un type de contact");
        await page.GetByText("Colonnes du fichier").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Colonnes du fichier" })).ToContainTextAsync("participants_coe");
        await ScreenshotAsync(page, "tab-import-fr");

        var stored = await ExportAsync("osce");
        Assert.DoesNotContain(copy, stored);
    }

    [Fact]
    public async Task Staff_AreToldOnlyDreOfficersImport()
    {
        var page = await _tab.OpenAsync("#/import", "en", role: "staff", user: Eva);
        await Expect(page.GetByText("Only DRE officers import contacts.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("CSV file")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "tab-import-staff-en");

        var french = await _tab.OpenAsync("#/import", "fr", role: "staff", user: Eva);
        await Expect(french.GetByText("Seuls les agents DRE importent des contacts.")).ToBeVisibleAsync();
        await ScreenshotAsync(french, "tab-import-staff-fr");
    }

    /// <summary>What the store holds for a partner, as an officer's export (which sees every contact) gives it.</summary>
    private async Task<string> ExportAsync(string partner)
    {
        using var api = await fixture.Service.ApiClientForAsync(Pane.Officer, "officer");
        return await api.GetStringAsync($"/api/exports?partner={partner}");
    }

    /// <summary>Two rows to import and one whose kind is no kind of contact (line 4: the header is line 1), dated from the service's now.</summary>
    private FilePayload CsvFile(string name, string copy)
    {
        string At(int daysAgo) => $"{_tab.Now.AddDays(-daysAgo).UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z";
        var csv = string.Join('\n',
            "date,kind,partner,subject,confidentiality",
            $"{At(3)},call,OSCE,Election observation call {copy},internal",
            $"{At(4)},meeting,unhcr.org,Statelessness talks {copy},internal",
            $"{At(5)},party,OSCE,Garden party {copy},internal") + '\n';
        return new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) };
    }
}
