using Dre.OutlookAddin.Tests.TeamsHost;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>
/// The workspace tab inside (a stand-in for) Teams signs in by nested app authentication: silently, past a refused
/// token, or not at all, then says so in English and French. In a browser it keeps the development token.
/// </summary>
public sealed class WorkspaceTeamsSignInTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly TeamsStandIn _teams = new(fixture);
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task InTeams_SignsInSilently_AndShowsThePartners()
    {
        var (page, tab) = await _teams.OpenAsync("#/partners", silent: "token");

        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Partners" })).ToBeVisibleAsync();
        await Expect(tab.GetByRole(AriaRole.Region, new() { Name = "Observer states" }).GetByRole(AriaRole.Link, new() { Name = "Holy See" })).ToBeVisibleAsync();
        // An officer's token: the directory's administration is offered; inside Teams there is no "Try as staff".
        await Expect(tab.GetByRole(AriaRole.Link, new() { Name = "Directory" })).ToBeVisibleAsync();
        await Expect(tab.GetByRole(AriaRole.Link, new() { Name = "Try as staff" })).ToHaveCountAsync(0);
        var calls = await TeamsStandIn.CallsAsync(page);
        Assert.Equal("GetInitContext", calls[0].Method);
        Assert.Contains(calls, c => c.Method == "GetToken");
        Assert.DoesNotContain(calls, c => c.Method == "GetTokenPopup");
        await ScreenshotAsync(page, "tab-teams-partners-en");
        Assert.Empty(fixture.OutsideRequests);
    }

    [Fact]
    public async Task InTeams_ARefusedToken_IsDroppedAndTheCallRetried()
    {
        var (page, tab) = await _teams.OpenAsync("#/partners", silent: "refused-until-refresh");

        await Expect(tab.GetByRole(AriaRole.Region, new() { Name = "Observer states" }).GetByRole(AriaRole.Link, new() { Name = "Holy See" })).ToBeVisibleAsync();
        await Expect(tab.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        var calls = await TeamsStandIn.CallsAsync(page);
        Assert.Contains(calls, c => c.Method == "GetToken" && !c.ForceRefresh);
        Assert.Contains(calls, c => c.Method == "GetToken" && c.ForceRefresh);
        Assert.DoesNotContain(calls, c => c.Method == "GetTokenPopup");
    }

    [Fact]
    public async Task InTeams_InteractionRequired_TriesThePopup_ThenSaysSignInFailed_InEnglish()
    {
        var (page, tab) = await _teams.OpenAsync("#/partners", silent: "USER_INTERACTION_REQUIRED", popup: "USER_CANCEL");

        await Expect(tab.GetByRole(AriaRole.Alert)).ToContainTextAsync("You could not be signed in to DRE Collab. Reload the tab to try again");
        var methods = (await TeamsStandIn.CallsAsync(page)).Select(c => c.Method).ToList();
        Assert.True(methods.IndexOf("GetTokenPopup") > methods.IndexOf("GetToken"), $"The popup comes after the silent request: {string.Join(", ", methods)}");
        await ScreenshotAsync(page, "tab-teams-signin-failed-en");
    }

    [Fact]
    public async Task InTeams_AnotherFailure_OpensNoPopup_AndSaysSignInFailed_InFrench()
    {
        // The language is Teams' (its context's locale), the tab's address names none.
        var (page, tab) = await _teams.OpenAsync("#/partners", silent: "PERSISTENT_ERROR", locale: "fr-fr");

        await Expect(tab.GetByRole(AriaRole.Alert)).ToContainTextAsync("La connexion à DRE Collab a échoué. Rechargez l'onglet pour réessayer");
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Partenaires" })).ToBeVisibleAsync();
        Assert.DoesNotContain(await TeamsStandIn.CallsAsync(page), c => c.Method == "GetTokenPopup");
        await ScreenshotAsync(page, "tab-teams-signin-failed-fr");
    }

    [Fact]
    public async Task InABrowser_ARefusedDevelopmentToken_DuringAFileCall_IsDroppedAndTheDownloadRetried()
    {
        var copy = NewCopy();
        await _tab.LogAsync(Eva, "tunisia", $"Justice reform call {copy}", daysAgo: 5);
        var page = await _tab.OpenAsync("#/export", "en", role: "staff", user: Jan);
        await page.GetByLabel("Partner").SelectOptionAsync("tunisia");
        // The token the tab keeps goes stale (the service refuses it) while the page is open.
        await page.EvaluateAsync(
            "() => { const k = Object.keys(sessionStorage).find(k => k.startsWith('dre.addin.devToken:')); const t = JSON.parse(sessionStorage.getItem(k)); " +
            "t.accessToken = t.accessToken.slice(0, -4) + (t.accessToken.endsWith('AAAA') ? 'BBBB' : 'AAAA'); sessionStorage.setItem(k, JSON.stringify(t)); }");
        var refused = 0;
        page.Response += (_, r) =>
        {
            if (r.Url.Contains("/api/exports", StringComparison.Ordinal) && r.Status == 401) Interlocked.Increment(ref refused);
        };

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download" }).ClickAsync());

        Assert.Equal("contacts.csv", download.SuggestedFilename);
        Assert.Contains($"Justice reform call {copy}", await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.Equal(1, refused);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Downloaded contacts.csv.");
    }
}
