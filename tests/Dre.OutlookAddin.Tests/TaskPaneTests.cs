using System.Text.Json;
using Dre.Service.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The task pane in headless Chromium, over the development Office stand-in, against the real service on Azurite.</summary>
public sealed class TaskPaneTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    

    [Fact]
    public async Task Meeting_LoggedByTwoAttendees_SecondIsToldWhoLoggedItAndHisNotesAreMerged()
    {
        var copy = NewCopy();
        var first = await fixture.OpenPaneAsync("meeting", copy, Eva);
        await Expect(Person(first, "pierre.laurent@eeas.europa.eu")).ToContainTextAsync("European External Action Service");
        await Expect(Person(first, "maria.rossi@osce.org")).ToContainTextAsync("Organization for Security and Co-operation in Europe");
        await Expect(Person(first, Jan)).ToContainTextAsync("Council of Europe");
        await Expect(first.Locator("#kind")).ToHaveValueAsync("meeting");
        await Expect(first.Locator("#subject")).ToHaveValueAsync("EU–OSCE–CoE consultations on election observation");
        await Expect(first.GetByTestId("already-logged")).ToHaveCountAsync(0);
        await first.FillAsync("#summary", "Agreed to align the observation calendars for 2027.");
        await first.FillAsync("#topics", "elections, observation");
        await first.ClickAsync("[data-action=add-follow-up]");
        await first.FillAsync("#followUps-0-text", "Share the draft calendar with the OSCE");
        await first.FillAsync("#followUps-0-due", "2027-01-15");
        await ScreenshotAsync(first, "meeting-form");
        await first.ClickAsync("#submit");

        var logged = first.GetByTestId("logged");
        await Expect(logged).ToContainTextAsync("Logged. Thank you.");
        var contactId = await logged.GetAttributeAsync("data-contact-id");
        await Expect(first.GetByTestId("open-in-teams")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^https://teams\\.microsoft\\.com/l/entity/{AddinService.TeamsAppId}/contacts\\?context=.*{contactId}"));
        await ScreenshotAsync(first, "meeting-logged");

        var second = await fixture.OpenPaneAsync("meeting", copy, Jan);
        await Expect(second.GetByTestId("already-logged")).ToContainTextAsync("Already logged by Eva Schmidt");
        await Expect(second.Locator("#submit")).ToHaveTextAsync("Add my notes and follow-ups");
        await ScreenshotAsync(second, "meeting-already-logged");
        await second.FillAsync("#summary", "ODIHR asked for our assessment of the new electoral code.");
        await second.ClickAsync("#submit");
        await Expect(second.GetByTestId("logged")).ToContainTextAsync("Added to the contact logged by Eva Schmidt");
        Assert.Equal(contactId, await second.GetByTestId("logged").GetAttributeAsync("data-contact-id"));

        var contact = await GetContactAsync(contactId!);
        Assert.Equal("Agreed to align the observation calendars for 2027.", contact.GetProperty("summary").GetString());
        Assert.Contains(contact.GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString() == "ODIHR asked for our assessment of the new electoral code.");
        Assert.Equal(["Eva Schmidt", "Jan Novak"], contact.GetProperty("loggers").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Equal(["eeas", "osce"], contact.GetProperty("partnerIds").EnumerateArray().Select(p => p.GetString()).Order());
        Assert.Equal("2027-01-15", contact.GetProperty("followUps")[0].GetProperty("due").GetString());
        Assert.Empty(fixture.OutsideRequests);
    }

    [Fact]
    public async Task Email_FromUnhcr_IsLoggedAsAnEmailWithUnhcrAsItsPartner()
    {
        var page = await fixture.OpenPaneAsync("email", NewCopy(), Eva);
        await Expect(Person(page, "k.haddad@unhcr.org")).ToContainTextAsync("Office of the United Nations High Commissioner for Refugees");
        await Expect(page.Locator("#kind")).ToHaveValueAsync("email");
        await Expect(page.Locator("#partners [data-partner=unhcr]")).ToBeVisibleAsync();
        await page.FillAsync("#summary", "UNHCR proposes a joint statelessness campaign in spring.");
        await page.SelectOptionAsync("#confidentiality", "restricted");
        await page.ClickAsync("#submit");

        var logged = page.GetByTestId("logged");
        await Expect(logged).ToContainTextAsync("Logged. Thank you.");
        var contact = await GetContactAsync((await logged.GetAttributeAsync("data-contact-id"))!);
        Assert.Equal("email", contact.GetProperty("kind").GetString());
        Assert.Equal("outlookEmail", contact.GetProperty("source").GetString());
        Assert.Equal("restricted", contact.GetProperty("confidentiality").GetString());
        Assert.Equal(["unhcr"], contact.GetProperty("partnerIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(contact.GetProperty("coeParticipants").EnumerateArray(), p => p.GetProperty("email").GetString() == Jan);
    }

    [Fact]
    public async Task Submit_WithoutSubject_ShowsTheErrorNextToTheSubject_AndKeepsTheTextAcrossAReopen()
    {
        var page = await fixture.OpenPaneAsync("meeting", NewCopy(), Eva);
        await Expect(Person(page, "maria.rossi@osce.org")).ToContainTextAsync("Organization");
        await page.FillAsync("#subject", "");
        await page.FillAsync("#summary", "Text that must survive the error.");
        await page.ClickAsync("#submit");

        await Expect(page.Locator("[data-field=subject] .field-error")).ToContainTextAsync("subject");
        await Expect(page.GetByTestId("banner")).ToContainTextAsync("Some fields need your attention.");
        await Expect(page.Locator("#summary")).ToHaveValueAsync("Text that must survive the error.");
        await ScreenshotAsync(page, "validation-error");

        await page.ReloadAsync();
        await Expect(page.Locator("#summary")).ToHaveValueAsync("Text that must survive the error.");
        await Expect(page.Locator("#subject")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task ExpiredToken_IsDroppedAndTheCallRetried_TheContactLoggedWithoutABanner()
    {
        var page = await OpenWithAnExpiredTokenAsync("Typed before the token expired.");
        await page.ClickAsync("#submit");

        var logged = page.GetByTestId("logged");
        await Expect(logged).ToContainTextAsync("Logged. Thank you.");
        await Expect(page.GetByTestId("banner")).ToHaveCountAsync(0);
        var contact = await GetContactAsync((await logged.GetAttributeAsync("data-contact-id"))!);
        Assert.Equal("Typed before the token expired.", contact.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task ExpiredToken_NoNewOne_ShowsSignedOut_KeepsTheTypedTextAndLogsAfterSigningInAgain()
    {
        var page = await OpenWithAnExpiredTokenAsync("Typed before the token expired.");
        // The retry after the 401 finds no new token: the issuer does not answer.
        await page.RouteAsync("**/dev/token?**", route => route.FulfillAsync(new() { Status = 503 }));
        await page.ClickAsync("#submit");

        var banner = page.GetByTestId("banner");
        await Expect(banner).ToContainTextAsync("You are signed out.");
        await Expect(page.Locator("#summary")).ToHaveValueAsync("Typed before the token expired.");
        await ScreenshotAsync(page, "signed-out");

        await page.UnrouteAsync("**/dev/token?**");
        await banner.GetByRole(AriaRole.Button, new() { Name = "Sign in again" }).ClickAsync();
        var logged = page.GetByTestId("logged");
        await Expect(logged).ToContainTextAsync("Logged. Thank you.");
        var contact = await GetContactAsync((await logged.GetAttributeAsync("data-contact-id"))!);
        Assert.Equal("Typed before the token expired.", contact.GetProperty("summary").GetString());
    }

    /// <summary>The pane with <paramref name="summary"/> typed, then its token expired behind its back.</summary>
    private async Task<IPage> OpenWithAnExpiredTokenAsync(string summary)
    {
        var page = await fixture.OpenPaneAsync("meeting", NewCopy(), Eva);
        await Expect(Person(page, "maria.rossi@osce.org")).ToContainTextAsync("Organization");
        await page.FillAsync("#summary", summary);
        await page.EvaluateAsync("([key, token]) => sessionStorage.setItem(key, JSON.stringify({ accessToken: token, expiresAt: Date.now() + 3600000 }))",
            new[] { $"dre.addin.devToken:{Eva}:staff", ExpiredToken(Eva) });
        return page;
    }

    [Fact]
    public async Task FrenchOutlook_ShowsThePaneInFrench()
    {
        var page = await fixture.OpenPaneAsync("meeting", NewCopy(), Eva, lang: "fr-FR");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Enregistrer à la DRE");
        await Expect(Person(page, UnknownAddress)).ToContainTextAsync("partenaire inconnu");
        await Expect(Person(page, "pierre.laurent@eeas.europa.eu")).ToContainTextAsync("Service européen pour l'action extérieure");
        await ScreenshotAsync(page, "meeting-form-fr");
    }

    [Fact]
    public async Task DevelopmentPage_ShowsThePaneBesideTheSimulatedItem()
    {
        var page = await fixture.NewPageAsync(width: 1100);
        await page.GotoAsync("addin/dev.html?item=email");
        await Expect(page.Locator("#reading")).ToContainTextAsync("Karim Haddad");
        var pane = page.FrameLocator("#pane");
        await Expect(pane.Locator("li.person[data-email='k.haddad@unhcr.org']")).ToContainTextAsync("Office of the United Nations High Commissioner for Refugees");
        await page.ScreenshotAsync(new() { Path = Path.Combine(TaskPaneFixture.ScreenshotFolder, "dev-page.png") });
        Assert.Empty(fixture.OutsideRequests);
    }

    private Task<JsonElement> GetContactAsync(string id) => fixture.GetContactAsync(id);

    /// <summary>A token from the service's own development issuer that expired ten minutes ago by the service's clock.</summary>
    private string ExpiredToken(string user)
    {
        var services = fixture.Service.Services;
        var configuration = services.GetRequiredService<IConfiguration>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentIssuer.Issuer,
            Audience = configuration["Auth:ClientId"],
            IssuedAt = now.AddHours(-2),
            NotBefore = now.AddHours(-2),
            Expires = now.AddMinutes(-10),
            Claims = new Dictionary<string, object>
            {
                ["oid"] = Guid.NewGuid().ToString(),
                ["tid"] = configuration["Auth:TenantId"]!,
                ["preferred_username"] = user,
                ["name"] = DevelopmentIssuer.DisplayNameOf(user),
                ["scp"] = "access_as_user",
            },
            SigningCredentials = new SigningCredentials(services.GetRequiredService<DevelopmentIssuer>().Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
