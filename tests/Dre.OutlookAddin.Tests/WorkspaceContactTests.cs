using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The workspace tab's contact page: delete after a confirmation, its history, who sees the controls; the channel tab's configuration.</summary>
public sealed class WorkspaceContactTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Delete_CancelKeepsIt_ConfirmRemovesIt()
    {
        var subject = $"Courtesy visit {NewCopy()}";
        var (contactId, _) = await _tab.LogAsync(Eva, "algeria", subject);
        var page = await _tab.OpenAsync($"#/contacts/{contactId}", "en", role: "staff", user: Eva);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Delete this contact?" });
        await Expect(dialog).ToBeVisibleAsync();
        await ScreenshotAsync(page, "tab-contact-delete-en");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal(subject, (await fixture.GetContactAsync(contactId)).GetProperty("subject").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The contact was deleted.");
        // Nothing is left to delete: the button goes with the contact.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        using var api = await fixture.Service.ApiClientForAsync(Pane.Officer, "officer");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/contacts/{contactId}")).StatusCode);
    }

    [Fact]
    public async Task History_ListsTheEdits_InEnglishAndFrench()
    {
        var subject = $"Expert meeting {NewCopy()}";
        var (contactId, _) = await _tab.LogAsync(Eva, "libya", subject);
        using (var api = await fixture.Service.ApiClientForAsync(Eva))
        {
            using var read = await api.GetAsync($"/api/contacts/{contactId}");
            using var edit = new HttpRequestMessage(HttpMethod.Patch, $"/api/contacts/{contactId}") { Content = JsonContent.Create(new { summary = "Agreed on a joint workshop." }) };
            edit.Headers.IfMatch.Add(read.Headers.ETag!);
            (await api.SendAsync(edit)).EnsureSuccessStatusCode();
        }

        var page = await _tab.OpenAsync($"#/contacts/{contactId}", "en", role: "staff", user: Eva);
        var history = page.GetByRole(AriaRole.List, new() { Name = "History" });
        await Expect(history.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("Eva Schmidt · Logged");
        await Expect(history).ToContainTextAsync("Edited");
        await Expect(history).ToContainTextAsync("Summary: — → Agreed on a joint workshop.");
        await ScreenshotAsync(page, "tab-contact-en");

        var french = await _tab.OpenAsync($"#/contacts/{contactId}", "fr", role: "staff", user: Eva);
        await Expect(french.GetByRole(AriaRole.List, new() { Name = "Historique" })).ToContainTextAsync("Modifié");
        await Expect(french.GetByRole(AriaRole.Button, new() { Name = "Supprimer" })).ToBeVisibleAsync();
        await ScreenshotAsync(french, "tab-contact-fr");
    }

    [Fact]
    public async Task Development_SignsInAsAnOfficer_TheStaffSwitchHidesWhatStaffMayNotDo()
    {
        var subject = $"Ministerial call {NewCopy()}";
        var (contactId, _) = await _tab.LogAsync(Eva, "palestine", subject);

        var page = await _tab.OpenAsync($"#/contacts/{contactId}", "en", role: null);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Try as staff" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to DRE officer" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Summary" })).ToHaveAttributeAsync("readonly", "");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Only the people who logged or attended this contact, and DRE officers, may change it.");
        await ScreenshotAsync(page, "tab-contact-staff-en");

        // Hidden is a courtesy: the service refuses the same staff member anyway.
        using var api = await fixture.Service.ApiClientForAsync(Pane.Officer, "staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync($"/api/contacts/{contactId}")).StatusCode);
    }

    [Fact]
    public async Task ChannelTabConfiguration_PicksAPortfolio_WhoseTabListsItsPartners()
    {
        var page = await _tab.OpenAsync("#/config", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose the portfolio this tab shows" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "OSCE" }).CheckAsync();
        await ScreenshotAsync(page, "tab-config-en");
        await page.GetByRole(AriaRole.Link, new() { Name = "DRE · OSCE" }).ClickAsync();
        Assert.EndsWith("#/portfolios/osce", page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partners · OSCE" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "OSCE Parliamentary Assembly" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Holy See" })).ToHaveCountAsync(0);

        var french = await _tab.OpenAsync("#/config", "fr");
        await french.GetByRole(AriaRole.Radio, new() { Name = "États observateurs" }).CheckAsync();
        await ScreenshotAsync(french, "tab-config-fr");
        await french.GetByRole(AriaRole.Link, new() { Name = "DRE · États observateurs" }).ClickAsync();
        await Expect(french.GetByRole(AriaRole.Link, new() { Name = "Saint-Siège" })).ToBeVisibleAsync();
        await ScreenshotAsync(french, "tab-portfolio-fr");
    }
}
