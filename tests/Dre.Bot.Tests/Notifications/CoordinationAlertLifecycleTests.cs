using Dre.Bot.Notifications;
using Dre.Core.Contacts;
using Dre.Core.Notifications;
using Dre.Core.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Notifications;

/// <summary>
/// A coordination alert, raised ahead of two planned meetings with one partner or one family, posted to the portfolio's
/// channel and to both loggers, then following its contacts: taken back when one becomes restricted, is moved away,
/// cancelled or removed, and shown as it now stands when a move keeps the overlap.
/// </summary>
public sealed class CoordinationAlertLifecycleTests(SingleNotificationHost host) : IClassFixture<SingleNotificationHost>
{
    private const string Withdrawn = "Coordination alert withdrawn";

    private FakeBotConnector Connector => host.Connector;

    // The tests share one store and every partner here is of the EU's family: each test keeps to weeks of its own,
    // more than a window away from the others', so that no two tests' contacts overlap.

    [Fact]
    public async Task TwoMaesAboutToMeetTwoBodiesOfOneFamily_AreAlertedAhead_NamingEachBody()
    {
        var alert = await AlertAsync("fra", TestClock.Now.AddDays(130), TestClock.Now.AddDays(134), secondPartnerId: "eige");

        var cards = Connector.Activities.Where(r => alert.Conversations.Contains(r.ConversationId!) && r.CardJson.Contains("Coordination needed", StringComparison.Ordinal)).ToList();
        Assert.All(cards, c => Assert.Contains("Coordination needed: European Union", c.CardJson, StringComparison.Ordinal));
        Assert.All(cards, c => Assert.Contains("Fundamental Rights", c.CardJson, StringComparison.Ordinal));
        Assert.All(cards, c => Assert.Contains("Gender Equality", c.CardJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachReader_CanOpenATeamsChat_WithTheOtherSidesLogger_AndTheChannelWithBoth()
    {
        var alert = await AlertAsync("edps", TestClock.Now.AddDays(160), TestClock.Now.AddDays(163));
        var eva = Uri.EscapeDataString(NotificationHost.OfficerEmail);
        var ben = Uri.EscapeDataString(alert.SecondLogger.Email!);

        var chats = alert.Alerts.ToDictionary(a => a.ConversationId!, a => ChatLinks(a.CardJson));
        var evaChat = alert.Conversations.Single(c => c.StartsWith("19:a:eva-", StringComparison.Ordinal));
        var channel = alert.Conversations.Single(c => c.StartsWith("19:eu-", StringComparison.Ordinal));
        var benChat = alert.Conversations.Except([evaChat, channel]).Single();
        Assert.Equal([("Chat with Ben Ward", ben)], chats[evaChat]);
        Assert.Equal([("Chat with Eva Schmidt", eva)], chats[benChat]);
        Assert.Equal([("Chat with Eva Schmidt", eva), ("Chat with Ben Ward", ben)], chats[channel]);
    }

    [Fact]
    public async Task ALoggerNotAmongTheParticipants_IsReachedAtTheAddressTheySignedInWith()
    {
        var alert = await AlertAsync("edps", TestClock.Now.AddDays(220), TestClock.Now.AddDays(223), secondListed: false);
        var ben = Uri.EscapeDataString(alert.SecondLogger.Email!);

        var evaChat = alert.Conversations.Single(c => c.StartsWith("19:a:eva-", StringComparison.Ordinal));
        Assert.DoesNotContain(alert.Second.CoeParticipants, p => p.Name == "Ben Ward");
        Assert.Equal([("Chat with Ben Ward", ben)], ChatLinks(alert.Alerts.Single(a => a.ConversationId == evaChat).CardJson));
    }

    [Fact]
    public async Task AContactMadeRestricted_WithdrawsTheAlertEverywhere_WithNothingOfEitherContact()
    {
        var alert = await AlertAsync("european-parliament", TestClock.Now.AddDays(-60), TestClock.Now.AddDays(-56));

        await host.Services.GetRequiredService<ContactService>().UpdateAsync(
            alert.First.Id, new ContactPatch { Confidentiality = Confidentiality.Restricted }, alert.First.Version, host.Officer);

        var updates = await WithdrawalsAsync(alert);
        Assert.All(updates, u => Assert.DoesNotContain(alert.FirstSubject, u.CardJson, StringComparison.Ordinal));
        Assert.All(updates, u => Assert.DoesNotContain(alert.SecondSubject, u.CardJson, StringComparison.Ordinal));
        Assert.All(updates, u => Assert.DoesNotContain("European Parliament", u.CardJson, StringComparison.Ordinal));
        Assert.All(updates, u => Assert.DoesNotContain("DGI", u.CardJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APlannedMeetingMovedOutOfTheWindow_WithdrawsTheAlert_AndMovedBackShowsItAgain()
    {
        var alert = await AlertAsync("eeas", TestClock.Now.AddDays(3), TestClock.Now.AddDays(6));
        var plans = host.Services.GetRequiredService<ContactPlans>();

        var moved = await plans.MoveAsync(alert.Second.Id, new ContactMove(TestClock.Now.AddDays(40), null), alert.Second.Version, alert.SecondLogger);
        await WithdrawalsAsync(alert);

        await plans.MoveAsync(alert.Second.Id, new ContactMove(TestClock.Now.AddDays(8), null), moved.Version, alert.SecondLogger);
        var shown = await Connector.WaitForAsync(r => r.IsUpdate && alert.Conversations.Contains(r.ConversationId!) && r.CardJson.Contains("Coordination needed", StringComparison.Ordinal), 3);
        Assert.All(shown, u => Assert.Contains(alert.FirstSubject, u.CardJson, StringComparison.Ordinal));
        Assert.Equal(alert.Conversations, shown.Select(u => u.ConversationId!).ToHashSet());
    }

    [Fact]
    public async Task APlannedMeetingMovedWithinTheWindow_ShowsTheAlertWithItsNewDate()
    {
        var alert = await AlertAsync("frontex", TestClock.Now.AddDays(70), TestClock.Now.AddDays(73));
        var newStart = TestClock.Now.AddDays(76);

        await host.Services.GetRequiredService<ContactPlans>().MoveAsync(alert.Second.Id, new ContactMove(newStart, null), alert.Second.Version, alert.SecondLogger);

        var date = (await host.Services.GetRequiredService<ChannelCards>().ContextAsync("en", default)).DateTime(newStart);
        var shown = await Connector.WaitForAsync(r => r.IsUpdate && alert.Conversations.Contains(r.ConversationId!) && r.CardJson.Contains("Coordination needed", StringComparison.Ordinal), 3);
        Assert.All(shown, u => Assert.Contains(alert.SecondSubject, u.CardJson, StringComparison.Ordinal));
        Assert.All(shown, u => Assert.Contains(date, u.CardJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACancelledMeeting_WithdrawsTheAlert()
    {
        var alert = await AlertAsync("europol", TestClock.Now.AddDays(100), TestClock.Now.AddDays(102));

        await host.Services.GetRequiredService<ContactPlans>().CancelAsync(alert.First.Id, alert.First.Version, host.Officer);

        await WithdrawalsAsync(alert);
    }

    [Fact]
    public async Task ADeletedContact_WithdrawsTheAlert_Once()
    {
        var alert = await AlertAsync("eurojust", TestClock.Now.AddDays(-30), TestClock.Now.AddDays(-25));

        await host.Services.GetRequiredService<ContactDeletions>().DeleteAsync(alert.Second.Id, alert.Second.Version, alert.SecondLogger);

        await WithdrawalsAsync(alert);
        // Editing the other contact afterwards leaves the withdrawn alert as it is.
        await host.Services.GetRequiredService<ContactService>().UpdateAsync(
            alert.First.Id, new ContactPatch { Summary = "Edited after the other was removed." }, alert.First.Version, host.Officer);
        await ChannelSummaryTests.WaitUntilAsync(async () => await host.Services.GetRequiredService<TableOutbox>().CountAsync() == 0);
        Assert.Equal(3, Connector.Requests.Count(r => r.IsUpdate && alert.Conversations.Contains(r.ConversationId!) && r.CardJson.Contains(Withdrawn, StringComparison.Ordinal)));
    }

    /// <summary>Two MAEs meeting one partner within the window: the channel, Eva and a second logger of its own get an alert.</summary>
    private async Task<PostedPair> AlertAsync(string partnerId, DateTimeOffset firstStart, DateTimeOffset secondStart, string? secondPartnerId = null, bool secondListed = true)
    {
        var team = ChannelSummaryTests.NewId("team");
        var eu = ChannelSummaryTests.NewId("eu");
        var evaChat = ChannelSummaryTests.NewId("a:eva");
        Connector.Channels.Clear();
        Connector.Channels.AddRange([new FakeChannel(team, null), new FakeChannel(eu, "EU relations")]);
        await host.InstallAsync(team, "DRE");
        await host.SayInChannelAsync(team, eu, "route EU here");
        await host.SayInPersonalChatAsync("help", evaChat);
        var second = new UserContext(Guid.NewGuid().ToString(), "Ben Ward", $"ben.{Guid.NewGuid():N}@coe.int", new HashSet<Role> { Role.Staff });
        var tag = Guid.NewGuid().ToString("N")[..6];
        var first = await host.LogAsync(NotificationHost.Meeting(partnerId, "Hearing " + tag, mae: "DGI", start: firstStart));
        // Ben is listed among his contact's participants, as a logger usually is, unless the test says otherwise.
        var otherDraft = NotificationHost.Meeting(secondPartnerId ?? partnerId, "Budget talks " + tag, mae: "DGII", start: secondStart);
        var listed = secondListed ? new CoeParticipant(second.Name, second.Email, "DGII") : new CoeParticipant("Ana Lima", "ana.lima@coe.int", "DGII");
        var other = await host.LogAsync(otherDraft with { CoeParticipants = [listed] }, second);

        var alerts = await Connector.WaitForAsync(
            r => r.IsActivity && r.CardJson.Contains("Coordination needed", StringComparison.Ordinal) && r.CardJson.Contains("Hearing " + tag, StringComparison.Ordinal), 3);
        var conversations = alerts.Select(a => a.ConversationId!).ToHashSet();
        Assert.Contains(eu, conversations);
        Assert.Contains(evaChat, conversations);
        Assert.Equal(3, conversations.Count);
        return new PostedPair(first.Contact!, other.Contact!, second, "Hearing " + tag, "Budget talks " + tag, conversations, alerts);
    }

    /// <summary>The card's Teams chat buttons: their titles and whom the chat is with.</summary>
    private static List<(string Title, string Users)> ChatLinks(string cardJson) =>
        [.. System.Text.Json.Nodes.JsonNode.Parse(cardJson)!["actions"]!.AsArray()
            .Select(a => ((string)a!["title"]!, (string?)a["url"]))
            .Where(a => a.Item2?.StartsWith("https://teams.microsoft.com/l/chat/0/0?", StringComparison.Ordinal) == true)
            .Select(a => (a.Item1, a.Item2!.Split("users=")[1].Split('&')[0]))];

    private async Task<IReadOnlyList<RecordedRequest>> WithdrawalsAsync(PostedPair alert)
    {
        var updates = await Connector.WaitForAsync(r => r.IsUpdate && alert.Conversations.Contains(r.ConversationId!) && r.CardJson.Contains(Withdrawn, StringComparison.Ordinal), 3);
        Assert.Equal(alert.Conversations, updates.Select(u => u.ConversationId!).ToHashSet());
        return updates;
    }

    private sealed record PostedPair(Contact First, Contact Second, UserContext SecondLogger, string FirstSubject, string SecondSubject, IReadOnlySet<string> Conversations, IReadOnlyList<RecordedRequest> Alerts);
}
