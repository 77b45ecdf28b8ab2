using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Notifications;

/// <summary>Where restricted contacts show nothing at all (no notices), an alert one of them was in is taken down, not withdrawn.</summary>
public sealed class AlertTakenDownTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private NotificationHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = new NotificationHost(connector: _connector, settings: new Dictionary<string, string?> { ["Notifications:RestrictedNotice"] = "false" });
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task AContactMadeRestricted_TakesItsAlertsDown_InTheChannelAndBothChats()
    {
        var (team, eu, evaChat) = (ChannelSummaryTests.NewId("team"), ChannelSummaryTests.NewId("eu"), ChannelSummaryTests.NewId("a:eva"));
        _connector.Channels.AddRange([new FakeChannel(team, null), new FakeChannel(eu, "EU relations")]);
        await _host.InstallAsync(team, "DRE");
        await _host.SayInChannelAsync(team, eu, "route EU here");
        await _host.SayInPersonalChatAsync("help", evaChat);
        var ben = new UserContext(Guid.NewGuid().ToString(), "Ben Ward", "ben.ward@coe.int", new HashSet<Role> { Role.Staff });
        var first = await _host.LogAsync(NotificationHost.Meeting("cjeu", "Hearing", mae: "DGI", start: TestClock.Now.AddDays(-5)));
        await _host.LogAsync(NotificationHost.Meeting("cjeu", "Budget talks", mae: "DGII", start: TestClock.Now.AddDays(-2)), ben);
        var alerts = await _connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains("Coordination needed", StringComparison.Ordinal), 3);

        await _host.Services.GetRequiredService<ContactService>().UpdateAsync(
            first.Contact!.Id, new ContactPatch { Confidentiality = Confidentiality.Restricted }, first.Contact!.Version, _host.Officer);

        var conversations = alerts.Select(a => a.ConversationId!).ToHashSet();
        // The channel also loses the contact's own summary: four deletions, one in each chat and two in the channel.
        var deletes = await _connector.WaitForAsync(r => r.Method == "DELETE" && conversations.Contains(r.ConversationId!), 4);
        Assert.Equal(conversations, deletes.Select(d => d.ConversationId!).ToHashSet());
        Assert.DoesNotContain(_connector.Requests, r => r.IsUpdate && r.CardJson.Contains("Coordination", StringComparison.Ordinal));
    }
}
