using System.Net.Http.Json;
using System.Text.Json;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>Adding a domain changes the directory every test sees: these tests have a service of their own.</summary>
public sealed class UnknownDomainTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    [Fact]
    public async Task UnknownDomain_IsNotAKnownPartner_StaffPicksThePartner_OnlyAnOfficerAddsTheDomain()
    {
        const string odihr = "OSCE Office for Democratic Institutions and Human Rights";
        var staff = await fixture.OpenPaneAsync("meeting", NewCopy(), Jan);
        var staffView = Person(staff, UnknownAddress);
        await Expect(staffView).ToContainTextAsync("not a known partner");
        await PickPartnerAsync(staff, staffView, "ODIHR", odihr);
        await Expect(staffView.Locator("[data-action=add-domain]")).ToHaveCountAsync(0);

        var page = await fixture.OpenPaneAsync("meeting", NewCopy(), Officer, "officer");
        var carter = Person(page, UnknownAddress);
        await Expect(carter).ToContainTextAsync("not a known partner");
        await PickPartnerAsync(page, carter, "ODIHR", odihr);
        await Expect(page.Locator("#partners [data-partner=odihr]")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "unknown-domain-picked");
        await carter.Locator("[data-action=add-domain]").ClickAsync();
        await Expect(page.GetByText("eurasia-dialogue.org now belongs to")).ToBeVisibleAsync();
        await page.ClickAsync("#submit");

        var logged = page.GetByTestId("logged");
        await Expect(logged).ToContainTextAsync("Logged");
        var contact = await fixture.GetContactAsync((await logged.GetAttributeAsync("data-contact-id"))!);
        Assert.Contains("odihr", contact.GetProperty("partnerIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(contact.GetProperty("partnerParticipants").EnumerateArray(), p => p.GetProperty("email").GetString() == UnknownAddress && p.GetProperty("partnerId").GetString() == "odihr");
        using var api = await fixture.Service.ApiClientForAsync(Eva);
        var matches = await api.GetFromJsonAsync<JsonElement>($"/api/partners/match?email={UnknownAddress}");
        Assert.Equal("odihr", matches[0].GetProperty("partnerId").GetString());
    }
}
