using Microsoft.Playwright;
using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The workspace tab's outlook ahead: planned contacts by week, a portfolio at a time, overlaps flagged, as the reader may see them.</summary>
public sealed class WorkspaceAheadTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    private readonly WorkspaceTab _tab = new(fixture);

    [Fact]
    public async Task Ahead_ListsPlannedContactsByWeek_FlagsAnOverlapWithinAFamily_AndFiltersByPortfolio()
    {
        var copy = NewCopy();
        var (dgi, dgii) = ($"DGI-{copy}", $"DGII-{copy}");
        await _tab.LogAsync(Eva, "fra", $"Rights agency visit {copy}", daysAgo: -10, kind: "meeting", attendees: [("Eva Schmidt", Eva, dgi)]);
        await _tab.LogAsync(Jan, "eige", $"Gender institute talks {copy}", daysAgo: -13, kind: "meeting", attendees: [("Jan Novak", Jan, dgii)]);
        await _tab.LogAsync(Eva, "jordan", $"Amman mission {copy}", daysAgo: -20, kind: "visit", attendees: [("Eva Schmidt", Eva, dgi)]);
        await _tab.LogAsync(Eva, "jordan", $"Held already {copy}", daysAgo: 2, attendees: [("Eva Schmidt", Eva, dgi)]);

        var page = await _tab.OpenAsync("#/ahead", "en");
        var ahead = page.GetByRole(AriaRole.Region, new() { Name = "Planned contacts, next 90 days" });
        await Expect(ahead).ToContainTextAsync($"Amman mission {copy}");
        await Expect(ahead).Not.ToContainTextAsync($"Held already {copy}");
        // Its own line, not the other contact's mention of it.
        var visit = ahead.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Meeting · Rights agency visit {copy}" });
        await Expect(visit).ToContainTextAsync("Coordinate");
        await Expect(visit).ToContainTextAsync($"{dgii} on");
        await Expect(visit).ToContainTextAsync($"Gender institute talks {copy}");
        await Expect(ahead.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Amman mission {copy}" })).Not.ToContainTextAsync("Coordinate");
        await ScreenshotAsync(page, "tab-ahead-en");

        await page.GetByLabel("Portfolio").SelectOptionAsync("neighbourhood");
        await Expect(ahead).ToContainTextAsync($"Amman mission {copy}");
        await Expect(ahead).Not.ToContainTextAsync($"Rights agency visit {copy}");

        var french = await _tab.OpenAsync("#/ahead", "fr");
        var prevus = french.GetByRole(AriaRole.Region, new() { Name = "Contacts prévus, 90 prochains jours" });
        await Expect(prevus.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Réunion · Rights agency visit {copy}" })).ToContainTextAsync("À coordonner");
        await Expect(prevus).ToContainTextAsync("Semaine du");
        await ScreenshotAsync(french, "tab-ahead-fr");
    }

    [Fact]
    public async Task Ahead_ShowsStaffNoRestrictedContact_NorAnOverlapWithOne()
    {
        var copy = NewCopy();
        await _tab.LogAsync(Eva, "unicef", $"Open programme talks {copy}", daysAgo: -30, attendees: [("Eva Schmidt", Eva, $"DGI-{copy}")]);
        await _tab.LogAsync(Pane.Officer, "unesco", $"Confidential talks {copy}", "restricted", daysAgo: -32, attendees: [("Anne Dupont", Pane.Officer, $"DPOL-{copy}")]);

        var page = await _tab.OpenAsync("#/ahead", "en", role: "staff", user: Jan);
        var ahead = page.GetByRole(AriaRole.Region, new() { Name = "Planned contacts, next 90 days" });

        await Expect(ahead).ToContainTextAsync($"Open programme talks {copy}");
        await Expect(ahead).Not.ToContainTextAsync($"Confidential talks {copy}");
        await Expect(ahead.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Open programme talks {copy}" })).Not.ToContainTextAsync("Coordinate");
    }
}
