using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>The people of the sample items, and what the tests do to the pane more than once.</summary>
public static class Pane
{
    public const string Eva = "eva.schmidt@coe.int";
    public const string Jan = "jan.novak@coe.int";
    public const string Officer = "anne.dupont@coe.int";
    public const string UnknownAddress = "s.carter@eurasia-dialogue.org";

    public static string NewCopy() => Guid.NewGuid().ToString("N")[..8];

    public static async Task PickPartnerAsync(IPage page, ILocator person, string search, string partnerName)
    {
        await person.Locator("[data-action=choose-partner]").ClickAsync();
        await page.FillAsync("#partner-search", search);
        await page.GetByRole(AriaRole.Option, new() { Name = partnerName }).ClickAsync();
        await Expect(person.Locator(".badge")).ToHaveTextAsync(partnerName);
    }

    public static ILocator Person(IPage page, string email) => page.Locator($"li.person[data-email='{email}']");

    /// <summary>Saves the pane as it looks and checks that nothing overflows the pane's width.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(TaskPaneFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{name}: the pane is {overflow} px wider than {TaskPaneFixture.PaneWidth} px.");
    }
}
