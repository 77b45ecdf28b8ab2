using System.Net.Http.Json;
using Dre.Service.Workspace;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The workspace tab at /app/ in headless Chromium, signed in with the development token, against the real service on Azurite.</summary>
public sealed class WorkspaceTabTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Partners_BrowsedAndSearched_InEnglishAndFrench()
    {
        var page = await _tab.OpenAsync("#/partners", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partners" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Observer states" }).GetByRole(AriaRole.Link, new() { Name = "Holy See" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "tab-partners-en");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search a partner (name, acronym, alias)" }).FillAsync("osec");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Organization for Security and Co-operation in Europe" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Holy See" })).ToHaveCountAsync(0);

        var french = await _tab.OpenAsync("#/partners", "fr");
        await Expect(french.GetByRole(AriaRole.Heading, new() { Name = "Partenaires" })).ToBeVisibleAsync();
        await french.GetByRole(AriaRole.Searchbox, new() { Name = "Chercher un partenaire (nom, sigle, alias)" }).FillAsync("OSCE");
        await Expect(french.GetByRole(AriaRole.Link, new() { Name = "Organisation pour la sécurité et la coopération en Europe" })).ToBeVisibleAsync();
        await ScreenshotAsync(french, "tab-partners-search-fr");
        Assert.Empty(fixture.OutsideRequests);
    }

    [Fact]
    public async Task PartnerPage_OpenedFromTheDirectory_CompletesAFollowUp()
    {
        var copy = NewCopy();
        var (contactId, followUpId) = await _tab.LogAsync(Eva, "tunisia", $"Programming review {copy}", followUp: $"Send the draft agenda {copy}");

        var page = await _tab.OpenAsync("#/partners", "en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tunisia" }).ClickAsync();
        Assert.EndsWith("#/partners/tunisia", page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tunisia", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Programming review {copy}");
        Assert.True((await CardLeftsAsync(page)).Distinct().Count() > 1, "A laptop-wide tab lays the cards side by side.");
        await ScreenshotAsync(page, "tab-partner-en");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark done: Send the draft agenda {copy}" }).ClickAsync();
        await Expect(page.GetByText($"Send the draft agenda {copy}")).ToHaveCountAsync(0);
        var stored = await fixture.GetContactAsync(contactId);
        var followUp = stored.GetProperty("followUps").EnumerateArray().Single(f => f.GetProperty("id").GetString() == followUpId);
        Assert.True(followUp.GetProperty("done").GetBoolean());
        Assert.Equal("Anne Dupont", followUp.GetProperty("doneBy").GetString());
    }

    [Fact]
    public async Task ContactEdit_OnAStaleVersion_Shows412AndKeepsTheText_ThenSavesOnTheCurrentOne()
    {
        var subject = $"Visit of the delegation {NewCopy()}";
        var (contactId, _) = await _tab.LogAsync(Eva, "morocco", subject);
        var page = await _tab.OpenAsync("#/partners/morocco", "en", role: "staff", user: Eva);
        await page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        Assert.EndsWith($"#/contacts/{contactId}", page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject })).ToBeVisibleAsync();

        using (var api = await fixture.Service.ApiClientForAsync(Eva))
        {
            using var read = await api.GetAsync($"/api/contacts/{contactId}");
            using var edit = new HttpRequestMessage(HttpMethod.Patch, $"/api/contacts/{contactId}") { Content = JsonContent.Create(new { summary = "Edited elsewhere." }) };
            edit.Headers.IfMatch.Add(read.Headers.ETag!);
            (await api.SendAsync(edit)).EnsureSuccessStatusCode();
        }

        var summary = page.GetByRole(AriaRole.Textbox, new() { Name = "Summary" });
        await summary.FillAsync("The delegation asked for a follow-up visit in spring.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Someone changed this contact since you opened it");
        await Expect(summary).ToHaveValueAsync("The delegation asked for a follow-up visit in spring.");
        await ScreenshotAsync(page, "tab-contact-conflict-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        Assert.Equal("The delegation asked for a follow-up visit in spring.", (await fixture.GetContactAsync(contactId)).GetProperty("summary").GetString());
    }

    [Fact]
    public async Task RestrictedContact_AbsentForStaff_PresentForAnOfficer()
    {
        var subject = $"Confidential exchange {NewCopy()}";
        await _tab.LogAsync(Pane.Officer, "holy-see", subject, "restricted");

        var staff = await _tab.OpenAsync("#/partners/holy-see", "en", role: "staff", user: Eva);
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Holy See" })).ToBeVisibleAsync();
        await Expect(staff.GetByRole(AriaRole.Link, new() { Name = "Back to DRE officer" })).ToBeVisibleAsync();
        await Expect(staff.GetByText(subject)).ToHaveCountAsync(0);

        var officer = await _tab.OpenAsync("#/partners/holy-see", "fr");
        await Expect(officer.GetByRole(AriaRole.Main)).ToContainTextAsync(subject);
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Saint-Siège" })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "tab-partner-fr");
    }

    [Fact]
    public async Task NarrowWidth_OneColumn_NothingOverflows()
    {
        var page = await _tab.OpenAsync("#/partners/osce", "en", width: 360);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open follow-ups" })).ToBeVisibleAsync();
        Assert.Single((await CardLeftsAsync(page)).Distinct());
        await ScreenshotAsync(page, "tab-partner-narrow");
    }

    [Fact]
    public async Task AppResponses_MayBeFramedByTeamsAndOutlookOnly()
    {
        using var http = new HttpClient { BaseAddress = fixture.Service.BaseAddress };
        foreach (var path in new[] { "/app/", "/app/tab.js" })
        {
            using var response = await http.GetAsync(path);
            response.EnsureSuccessStatusCode();
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            var ancestors = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("frame-ancestors ", StringComparison.Ordinal)).Split(' ')[1..];
            Assert.Equal(WorkspaceFiles.FrameAncestors, ancestors);
            Assert.All(ancestors, a => Assert.Matches(@"^https://(\*\.)?(teams\.microsoft\.com|teams\.cloud\.microsoft|cloud\.microsoft|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com|office\.com)$", a));
        }
    }

    private static Task<double[]> CardLeftsAsync(IPage page) =>
        page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('article h3')].map(h => h.closest('.fui-Card').getBoundingClientRect().left)");
}
