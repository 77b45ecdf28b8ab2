using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>
/// The workspace tab's domain triage: the domains the add-in could not attribute, with how often it met them; an officer
/// gives one to a partner picked by name, or ignores one, and either leaves the list. Every domain and partner here is
/// new and unique: the service is shared with the class's other tests.
/// </summary>
public sealed class WorkspaceTriageTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Officer_AssignsADomainToAPartnerPickedByName_AndItLeavesTheList()
    {
        var copy = NewCopy();
        var domain = $"ministry-{copy}.example.org";
        await CreatePartnerAsync($"council-{copy}", $"Baltic Council {copy}", $"Conseil balte {copy}");
        await MatchAsync($"a@{domain}", $"b@{domain}");
        await MatchAsync($"c@{domain}");

        var page = await _tab.OpenAsync("#/partners", "en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Domains" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = domain });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("2");
        await row.GetByRole(AriaRole.Combobox, new() { Name = $"Partner for {domain}" }).FillAsync($"Baltic Council {copy}");
        await page.GetByRole(AriaRole.Option, new() { Name = $"Baltic Council {copy}" }).ClickAsync();
        await ScreenshotAsync(page, "tab-triage-en");
        await row.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{domain} now belongs to Baltic Council {copy}.");
        await Expect(row).ToHaveCountAsync(0);
        var partner = await GetPartnerAsync($"council-{copy}");
        Assert.Equal([domain], partner.GetProperty("domains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Officer_IgnoresADomain_InFrench()
    {
        var domain = $"conference-{NewCopy()}.example.org";
        await MatchAsync($"a@{domain}");

        var page = await _tab.OpenAsync("#/admin/domains", "fr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Domaines de courriel à trier" })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = domain });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("1");
        await ScreenshotAsync(page, "tab-triage-fr");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Ignorer {domain}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{domain} a été ignoré.");
        await Expect(row).ToHaveCountAsync(0);
        using var api = await fixture.Service.ApiClientForAsync(Officer, "officer");
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/partners/unmatched-domains");
        Assert.DoesNotContain(listed.EnumerateArray(), d => d.GetProperty("domain").GetString() == domain);
    }

    [Fact]
    public async Task Staff_AreToldOnlyOfficersTriageDomains_AndSeeNoLinkToIt()
    {
        var page = await _tab.OpenAsync("#/admin/domains", "en", role: "staff", user: Eva);

        await Expect(page.GetByText("Only DRE officers triage e-mail domains.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Domains" })).ToHaveCountAsync(0);
    }

    /// <summary>What the add-in asks when an item opens: counted once per request and domain.</summary>
    private async Task MatchAsync(params string[] addresses)
    {
        using var api = await fixture.Service.ApiClientForAsync(Eva);
        using var response = await api.GetAsync("/api/partners/match?" + string.Join('&', addresses.Select(a => "email=" + Uri.EscapeDataString(a))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task CreatePartnerAsync(string id, string nameEn, string nameFr)
    {
        using var api = await fixture.Service.ApiClientForAsync(Officer, "officer");
        using var created = await api.PostAsJsonAsync("/api/partners", new { id, nameEn, nameFr, kind = "organisation", portfolio = "otherOrganisations" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private async Task<JsonElement> GetPartnerAsync(string id)
    {
        using var api = await fixture.Service.ApiClientForAsync(Officer, "officer");
        return await api.GetFromJsonAsync<JsonElement>($"/api/partners/{id}");
    }
}
