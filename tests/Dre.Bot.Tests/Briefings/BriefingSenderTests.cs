using Dre.Bot.Briefings;
using Dre.Bot.Tests.Notifications;
using Dre.Core.Briefings;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Localization;
using Dre.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Bot.Tests.Briefings;

/// <summary>
/// Briefings end to end over Azurite and the fake Bot Connector: the sender runs on a clock of its own, set to the
/// minutes around the due time; each test has its own week, a month or more apart from the others'.
/// </summary>
public sealed class BriefingSenderTests(SingleNotificationHost host) : IClassFixture<SingleNotificationHost>
{
    private FakeBotConnector Connector => host.Connector;

    [Fact]
    public async Task APlannedMeeting_IsBriefedTheWorkingDayBeforeAt1600_ToItsLogger_Once_EvenWithTwoInstances()
    {
        var (chat, subject, contact) = await PlanAsync(weeksAhead: 3, "fr-FR");
        var due = BriefingTime.DueAt(contact.Start, new BriefingOptions());
        var clock = new FakeTimeProvider(due.AddMinutes(-1));
        var (first, second) = (Sender(clock), Sender(clock));

        await first.SendDueAsync(default);
        Assert.Empty(Briefings(chat, subject));

        clock.SetUtcNow(due);
        await Task.WhenAll(first.SendDueAsync(default), second.SendDueAsync(default));
        await first.SendDueAsync(default);

        var briefing = Assert.Single(Briefings(chat, subject));
        Assert.Contains("Note de préparation : votre contact avec Maroc", briefing.CardJson, StringComparison.Ordinal);
        Assert.Contains("Votre contact", briefing.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMovedMeeting_IsBriefedAgainBeforeItsNewDate_AndACancelledOneNever()
    {
        var (chat, subject, contact) = await PlanAsync(weeksAhead: 8);
        var plans = host.Services.GetRequiredService<ContactPlans>();
        var clock = new FakeTimeProvider(BriefingTime.DueAt(contact.Start, new BriefingOptions()));
        await Sender(clock).SendDueAsync(default);
        Assert.Single(Briefings(chat, subject));

        var moved = await plans.MoveAsync(contact.Id, new ContactMove(contact.Start.AddDays(7), null), contact.Version, host.Officer);
        clock.SetUtcNow(BriefingTime.DueAt(moved.Start, new BriefingOptions()));
        await Sender(clock).SendDueAsync(default);
        Assert.Equal(2, Briefings(chat, subject).Count);

        await plans.CancelAsync(moved.Id, moved.Version, host.Officer);
        clock.SetUtcNow(BriefingTime.DueAt(moved.Start, new BriefingOptions()).AddMinutes(5));
        await Sender(clock).SendDueAsync(default);
        Assert.Equal(2, Briefings(chat, subject).Count);
    }

    [Fact]
    public async Task AMeetingAlreadyUnderWay_IsNotBriefed()
    {
        var (chat, subject, contact) = await PlanAsync(weeksAhead: 14);

        await Sender(new FakeTimeProvider(contact.Start.AddMinutes(1))).SendDueAsync(default);

        Assert.Empty(Briefings(chat, subject));
    }

    [Fact]
    public async Task ItsCoeParticipants_TheDirectoryKnows_AreBriefedToo_EachOnce_AndALoggerAmongThemOnce()
    {
        var ines = new ChannelAccount("29:ines-moreau", "Ines Moreau", aadObjectId: Guid.NewGuid().ToString());
        var inesChat = ChannelSummaryTests.NewId("a:ines");
        await host.SayInPersonalChatAsync("help", inesChat, from: ines, locale: "fr-FR");
        // Eva is listed as a participant too, by the address the directory knows her by; Paul is unknown to it.
        var directory = new KnownPeople(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ines.moreau@coe.int"] = ines.AadObjectId,
            [NotificationHost.OfficerEmail] = host.Officer.UserId,
        });
        var (evaChat, subject, contact) = await PlanAsync(weeksAhead: 20, participants:
        [
            new CoeParticipant("Eva Schmidt", NotificationHost.OfficerEmail, "DGI"),
            new CoeParticipant("Ines Moreau", "Ines.Moreau@coe.int", "DGII"),
            new CoeParticipant("Paul Weber", "paul.weber@coe.int", "DGII"),
            new CoeParticipant("Ines again", "ines.moreau@coe.int", null),
        ]);
        var clock = new FakeTimeProvider(BriefingTime.DueAt(contact.Start, new BriefingOptions()));

        Assert.Equal(2, await Sender(clock, directory).SendDueAsync(default));
        await Task.WhenAll(Sender(clock, directory).SendDueAsync(default), Sender(clock, directory).SendDueAsync(default));

        Assert.Single(Briefings(evaChat, subject));
        var hers = Assert.Single(Briefings(inesChat, subject));
        Assert.Contains("Note de préparation : votre contact avec Maroc", hers.CardJson, StringComparison.Ordinal);
    }

    /// <summary>A Tuesday 10:00 meeting with Morocco, logged by Eva, some weeks after the pinned day.</summary>
    private async Task<(string Chat, string Subject, Contact Contact)> PlanAsync(int weeksAhead, string locale = "en-GB", IReadOnlyList<CoeParticipant>? participants = null)
    {
        var chat = ChannelSummaryTests.NewId("a:eva");
        await host.SayInPersonalChatAsync("help", chat, locale: locale);
        var day = ParisTime.Today(TestClock.Now).AddDays(7 * weeksAhead);
        day = day.AddDays(((int)DayOfWeek.Tuesday - (int)day.DayOfWeek + 7) % 7);
        var subject = "Briefed " + Guid.NewGuid().ToString("N")[..6];
        var meeting = NotificationHost.Meeting("morocco", subject, start: ParisTime.At(day, new TimeOnly(10, 0)));
        var logged = await host.LogAsync(participants is null ? meeting : meeting with { CoeParticipants = participants });
        return (chat, subject, logged.Contact!);
    }

    private BriefingSender Sender(TimeProvider clock, IUserDirectory? directory = null) =>
        ActivatorUtilities.CreateInstance<BriefingSender>(host.Services, clock, directory ?? new NoUserDirectory());

    private List<RecordedRequest> Briefings(string chat, string subject) =>
        Connector.Activities.Where(r => r.ConversationId == chat && r.CardJson.Contains(subject, StringComparison.Ordinal) && (r.CardJson.Contains("Briefing: your contact", StringComparison.Ordinal) || r.CardJson.Contains("Note de préparation", StringComparison.Ordinal))).ToList();

    /// <summary>A directory that knows the given addresses.</summary>
    private sealed class KnownPeople(IReadOnlyDictionary<string, string> ids) : IUserDirectory
    {
        public Task<string?> ObjectIdOfAsync(string address, CancellationToken cancellationToken = default) =>
            Task.FromResult(ids.TryGetValue(address, out var id) ? id : null);
    }
}
