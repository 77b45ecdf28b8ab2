using static Dre.OutlookAddin.Tests.Pane;
using static Microsoft.Playwright.Assertions;

namespace Dre.OutlookAddin.Tests;

/// <summary>
/// A meeting logged already, reopened: marked held with its outcome once its time came, cancelled while still ahead, and
/// moved when Outlook has it at another time; offered only to those who may change it. The service's and the page's
/// "now" are the pinned test instant: the sample meeting was yesterday, the planned one is next week.
/// </summary>
public sealed class PlannedContactTests(TaskPaneFixture fixture) : IClassFixture<TaskPaneFixture>
{
    [Theory]
    [InlineData("en-GB", "Say what came out of it", "Marked as held, with its outcome.")]
    [InlineData("fr-FR", "Indiquez ce qui en est ressorti", "Marqué comme tenu, avec son résultat.")]
    public async Task PastMeeting_MarkedHeldWithItsOutcome_BecomesTheRecord(string lang, string outcomeRequired, string held)
    {
        var copy = NewCopy();
        var contactId = await LogAsync("meeting", copy, lang);

        var attendee = await fixture.OpenPaneAsync("meeting", copy, Jan, lang: lang);
        await Expect(attendee.GetByTestId("already-logged")).ToBeVisibleAsync();
        await Expect(attendee.Locator("[data-action=mark-held]")).ToHaveCountAsync(0);

        var page = await fixture.OpenPaneAsync("meeting", copy, Eva, lang: lang);
        await page.ClickAsync("[data-action=mark-held]");
        await page.ClickAsync("[data-action=save-held]");
        await Expect(page.GetByTestId("plan-message")).ToContainTextAsync(outcomeRequired);
        await page.FillAsync("#plan-outcome", "Observation calendars aligned for 2027.");
        await ScreenshotAsync(page, $"plan-held-{lang}");
        await page.ClickAsync("[data-action=save-held]");
        await Expect(page.GetByTestId("plan-message")).ToHaveTextAsync(held);
        await Expect(page.Locator("[data-action=mark-held]")).ToHaveCountAsync(0);

        var contact = await fixture.GetContactAsync(contactId);
        Assert.Equal("held", contact.GetProperty("status").GetString());
        Assert.Equal("Observation calendars aligned for 2027.", contact.GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("en-GB", "Planned for", "Cancelled: it no longer appears in statuses and lists.")]
    [InlineData("fr-FR", "Prévu le", "Annulé : il n'apparaît plus dans les statuts ni les listes.")]
    public async Task PlannedMeeting_Cancelled_AfterAConfirmation(string lang, string planned, string cancelled)
    {
        var copy = NewCopy();
        var contactId = await LogAsync("planned", copy, lang);

        var page = await fixture.OpenPaneAsync("planned", copy, Eva, lang: lang);
        await Expect(page.GetByTestId("plan-status")).ToContainTextAsync(planned);
        Assert.Empty(await page.GetByTestId("plan-message").AllAsync());
        await page.ClickAsync("[data-action=cancel-contact]");
        await page.ClickAsync("[data-action=keep-contact]");
        await page.ClickAsync("[data-action=cancel-contact]");
        await ScreenshotAsync(page, $"plan-cancel-{lang}");
        await page.ClickAsync("[data-action=confirm-cancel]");
        await Expect(page.GetByTestId("plan-message")).ToHaveTextAsync(cancelled);

        Assert.Equal("cancelled", (await fixture.GetContactAsync(contactId)).GetProperty("status").GetString());
        var reopened = await fixture.OpenPaneAsync("planned", copy, Eva, lang: lang);
        await Expect(reopened.GetByTestId("plan-status")).ToHaveTextAsync(cancelled);
        await Expect(reopened.Locator("[data-action=cancel-contact]")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("en-GB", "This meeting moved in Outlook")]
    [InlineData("fr-FR", "Cette réunion a été déplacée dans Outlook")]
    public async Task PlannedMeeting_MovedInOutlook_FollowsOnReopening_WithANotice(string lang, string moved)
    {
        var copy = NewCopy();
        var contactId = await LogAsync("planned", copy, lang);
        var logged = await fixture.GetContactAsync(contactId);
        var (start, end) = (logged.GetProperty("start").GetDateTimeOffset(), logged.GetProperty("end").GetDateTimeOffset());

        var attendee = await fixture.OpenPaneAsync("planned", copy, Jan, lang: lang, movedMinutes: 90);
        await Expect(attendee.GetByTestId("plan-status")).ToBeVisibleAsync();
        await Expect(attendee.GetByTestId("plan-message")).ToHaveCountAsync(0);
        Assert.Equal(start, (await fixture.GetContactAsync(contactId)).GetProperty("start").GetDateTimeOffset());

        var page = await fixture.OpenPaneAsync("planned", copy, Eva, lang: lang, movedMinutes: 90);
        await Expect(page.GetByTestId("plan-message")).ToContainTextAsync(moved);
        await ScreenshotAsync(page, $"plan-moved-{lang}");
        var contact = await fixture.GetContactAsync(contactId);
        Assert.Equal(start.AddMinutes(90), contact.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(end.AddMinutes(90), contact.GetProperty("end").GetDateTimeOffset());

        var again = await fixture.OpenPaneAsync("planned", copy, Eva, lang: lang, movedMinutes: 90);
        await Expect(again.GetByTestId("plan-status")).ToBeVisibleAsync();
        await Expect(again.GetByTestId("plan-message")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task PlannedMeeting_MovedToATimeAlreadyPast_KeepsItsTime_AndSaysSo()
    {
        var copy = NewCopy();
        var contactId = await LogAsync("planned", copy, "en-GB");
        var start = (await fixture.GetContactAsync(contactId)).GetProperty("start").GetDateTimeOffset();

        var page = await fixture.OpenPaneAsync("planned", copy, Eva, movedMinutes: -8 * 24 * 60);
        await Expect(page.GetByTestId("plan-message")).ToContainTextAsync("already past: the planned contact keeps");
        Assert.Equal(start, (await fixture.GetContactAsync(contactId)).GetProperty("start").GetDateTimeOffset());
    }

    /// <summary>Logs the sample item through the pane as Eva, its organizer or attendee, and gives the contact's id.</summary>
    private async Task<string> LogAsync(string item, string copy, string lang)
    {
        var page = await fixture.OpenPaneAsync(item, copy, Eva, lang: lang);
        await Expect(Person(page, Jan)).ToContainTextAsync("Europe");
        await page.ClickAsync("#submit");
        var logged = page.GetByTestId("logged");
        await Expect(logged).ToBeVisibleAsync();
        return (await logged.GetAttributeAsync("data-contact-id"))!;
    }
}
