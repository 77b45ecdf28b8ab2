using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>
/// The workspace tab's directory administration: an officer adds a partner and edits it, a stale edit keeps what was
/// typed, a domain another partner owns is refused next to its field, staff are told who manages the directory.
/// Every partner here is new and uniquely named: the directory is shared with the other tests of the service.
/// </summary>
public sealed class WorkspaceAdminTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Officer_CreatesAPartnerWithAParent_FindsItInTheList_AndEditsAnAlias()
    {
        var copy = NewCopy();
        var id = $"forum-{copy}";
        var page = await _tab.OpenAsync("#/admin/partners", "en");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "New partner" });
        await form.GetByLabel("Id", new() { Exact = true }).FillAsync(id);
        await form.GetByLabel("Name in English").FillAsync($"Dialogue Forum {copy}");
        await form.GetByLabel("Name in French").FillAsync($"Forum de dialogue {copy}");
        await form.GetByLabel("Kind").SelectOptionAsync("subRegionalInitiative");
        await form.GetByLabel("Portfolio").SelectOptionAsync("osce");
        await form.GetByLabel("Aliases and acronyms").FillAsync($"DF{copy}");
        await form.GetByLabel("E-mail domains").FillAsync($"forum-{copy}.org");
        await form.GetByLabel("Part of").SelectOptionAsync("osce");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        var edit = page.GetByRole(AriaRole.Form, new() { Name = $"Edit Dialogue Forum {copy}" });
        await Expect(edit).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Filter by name, alias or id" }).FillAsync($"df{copy}");
        await page.GetByLabel("Portfolio", new() { Exact = true }).First.SelectOptionAsync("osce");
        var list = page.GetByRole(AriaRole.List, new() { Name = "Partners in the directory" });
        await Expect(list.GetByRole(AriaRole.Link)).ToHaveTextAsync([$"Dialogue Forum {copy}"]);
        await list.GetByRole(AriaRole.Link, new() { Name = $"Dialogue Forum {copy}" }).ClickAsync();

        await edit.GetByLabel("Aliases and acronyms").FillAsync($"DF{copy}, Forum {copy}");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(edit.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        // The history shows the edit field by field: the alias gained, none lost.
        var history = page.GetByRole(AriaRole.List, new() { Name = "History" });
        await Expect(history.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("Anne Dupont · Added to the directory");
        await Expect(history).ToContainTextAsync($"Aliases: — → Forum {copy}");
        await ScreenshotAsync(page, "tab-admin-en");

        var stored = await GetAsync(id);
        Assert.Equal(["DF" + copy, "Forum " + copy], stored.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("osce", stored.GetProperty("parentId").GetString());
        Assert.Equal("subRegionalInitiative", stored.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task StaleEdit_ShowsTheConflict_KeepsTheTypedText_InFrench()
    {
        var copy = NewCopy();
        var id = await CreateAsync(copy, $"Liaison Office {copy}", $"Bureau de liaison {copy}");
        var page = await _tab.OpenAsync($"#/admin/partners/{id}", "fr");
        var form = page.GetByRole(AriaRole.Form, new() { Name = $"Modifier Bureau de liaison {copy}" });
        await form.GetByLabel("Alias et sigles").FillAsync($"BL{copy}");

        // Someone else renames the partner while the form is open.
        await PatchAsync(id, new { nameEn = $"Liaison Office {copy} (renamed)" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("Quelqu'un a modifié ce partenaire entre-temps.");
        await Expect(form.GetByLabel("Alias et sigles")).ToHaveValueAsync($"BL{copy}");
        await Expect(form.GetByText($"Valeur actuelle : Liaison Office {copy} (renamed)")).ToBeVisibleAsync();
        // Only what the other person changed is pointed out, not the fields the reader is changing.
        await Expect(form.GetByText("Valeur actuelle")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "tab-admin-conflict-fr");

        // Saving again applies the typed values to the version that won.
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("Enregistré.");
        // Both edits are in the history, before and after each changed field, in French.
        var history = page.GetByRole(AriaRole.List, new() { Name = "Historique" });
        await Expect(history.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Modifié" })).ToHaveCountAsync(2);
        await Expect(history).ToContainTextAsync($"Nom: Liaison Office {copy} / Bureau de liaison {copy} → Liaison Office {copy} (renamed) / Bureau de liaison {copy}");
        await Expect(history).ToContainTextAsync($"Alias: — → BL{copy}");
        await ScreenshotAsync(page, "tab-admin-history-fr");
        var stored = await GetAsync(id);
        Assert.Equal(["BL" + copy], stored.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal($"Liaison Office {copy}", stored.GetProperty("name").GetProperty("en").GetString());
    }

    [Fact]
    public async Task DomainAnotherPartnerOwns_IsExplainedUnderTheField()
    {
        var copy = NewCopy();
        await CreateAsync($"{copy}-a", $"Owner Institute {copy}", $"Institut propriétaire {copy}", domain: $"owner-{copy}.org");
        var id = await CreateAsync($"{copy}-b", $"Other Institute {copy}", $"Autre institut {copy}");
        var page = await _tab.OpenAsync($"#/admin/partners/{id}", "en");
        var form = page.GetByRole(AriaRole.Form, new() { Name = $"Edit Other Institute {copy}" });
        await form.GetByLabel("E-mail domains").FillAsync($"owner-{copy}.org");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(form.GetByLabel("E-mail domains")).ToHaveAccessibleDescriptionAsync($"This domain already belongs to Owner Institute {copy}.");
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("Some fields need a change");
        await ScreenshotAsync(page, "tab-admin-field-error-en");
        Assert.Empty((await GetAsync(id)).GetProperty("domains").EnumerateArray());
    }

    [Fact]
    public async Task Archive_AsksFirst_ThenKeepsThePartnerAsArchived()
    {
        var copy = NewCopy();
        var id = await CreateAsync($"office-{copy}", $"Field Office {copy}", $"Bureau de terrain {copy}");
        var page = await _tab.OpenAsync($"#/admin/partners/{id}", "en");
        var form = page.GetByRole(AriaRole.Form, new() { Name = $"Edit Field Office {copy}" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Archive this partner?" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.False((await GetAsync(id)).TryGetProperty("archived", out _));

        await form.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("The partner was archived.");
        await Expect(form.GetByRole(AriaRole.Button, new() { Name = "Archive" })).ToBeDisabledAsync();
        var list = page.GetByRole(AriaRole.List, new() { Name = "Partners in the directory" });
        await Expect(list.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Field Office {copy}" })).ToContainTextAsync("Archived");
        Assert.True((await GetAsync(id)).GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task Staff_AreToldOnlyDreOfficersManageTheDirectory_AndSeeNoLinkToIt()
    {
        var page = await _tab.OpenAsync("#/admin/partners", "en", role: "staff", user: Eva);
        await Expect(page.GetByText("Only DRE officers manage the directory.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Name in English")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Directory" })).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "tab-admin-staff-en");

        var french = await _tab.OpenAsync("#/admin/partners", "fr", role: "staff", user: Eva);
        await Expect(french.GetByText("Seuls les agents DRE gèrent l'annuaire.")).ToBeVisibleAsync();
        await ScreenshotAsync(french, "tab-admin-staff-fr");

        var officer = await _tab.OpenAsync("#/partners", "en");
        await officer.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Directory" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Partner directory" })).ToBeVisibleAsync();
        await Expect(officer.GetByRole(AriaRole.Form, new() { Name = "New partner" })).ToBeVisibleAsync();
    }

    /// <summary>A new partner of the OSCE portfolio, added through the API as an officer.</summary>
    private async Task<string> CreateAsync(string id, string nameEn, string nameFr, string? domain = null)
    {
        using var api = await fixture.Service.ApiClientForAsync(Pane.Officer, "officer");
        var body = new { id, nameEn, nameFr, kind = "institution", portfolio = "osce", domains = domain is null ? Array.Empty<string>() : [domain] };
        using var created = await api.PostAsJsonAsync("/api/partners", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return id;
    }

    private async Task PatchAsync(string id, object changes)
    {
        using var api = await fixture.Service.ApiClientForAsync(Pane.Officer, "officer");
        using var read = await api.GetAsync($"/api/partners/{id}");
        using var edit = new HttpRequestMessage(HttpMethod.Patch, $"/api/partners/{id}") { Content = JsonContent.Create(changes) };
        edit.Headers.IfMatch.Add(read.Headers.ETag!);
        (await api.SendAsync(edit)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> GetAsync(string id)
    {
        using var api = await fixture.Service.ApiClientForAsync(Pane.Officer, "officer");
        return await api.GetFromJsonAsync<JsonElement>($"/api/partners/{id}");
    }
}
