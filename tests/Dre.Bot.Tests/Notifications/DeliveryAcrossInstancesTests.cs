using Dre.Core.Digest;
using Dre.Core.Notifications;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Tests.Notifications;

/// <summary>Restarts, several instances, coordination alerts and the digest: nothing lost, nothing sent twice.</summary>
public sealed class DeliveryAcrossInstancesTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task ARestartWithAFullOutbox_SendsEverySummaryOnce()
    {
        var prefix = AzuriteServer.NewPrefix();
        var subjects = Enumerable.Range(0, 12).Select(i => $"Backlog {i} {Guid.NewGuid():N}").ToList();
        string eu;
        await using (var stopped = await StartAsync(prefix, sending: false))
        {
            (_, eu) = await RouteEuAsync(stopped);
            foreach (var subject in subjects)
            {
                await stopped.LogAsync(NotificationHost.Meeting("eu", subject));
            }

            Assert.Equal(subjects.Count, await stopped.Services.GetRequiredService<TableOutbox>().CountAsync());
        }

        await using var restarted = await StartAsync(prefix);

        await _connector.WaitForAsync(r => r.IsActivity && r.ConversationId == eu && subjects.Any(s => r.CardJson.Contains(s, StringComparison.Ordinal)), subjects.Count, TimeSpan.FromSeconds(20));
        await ChannelSummaryTests.WaitUntilAsync(async () => await restarted.Services.GetRequiredService<TableOutbox>().CountAsync() == 0);
        Assert.All(subjects, s => Assert.Single(_connector.Activities, r => r.CardJson.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TwoInstancesOnOneStore_PostEachSummaryOnce_AndSendOneDigestPerRecipient()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using var first = await StartAsync(prefix);
        await using var second = await StartAsync(prefix);
        var (team, eu) = await RouteEuAsync(first);
        await first.SayInChannelAsync(team, team, "route digest here");
        await second.SayInPersonalChatAsync("subscribe to the digest", "a:eva-personal");
        var subjects = Enumerable.Range(0, 10).Select(i => $"Shared {i} {Guid.NewGuid():N}").ToList();

        foreach (var (subject, i) in subjects.Select((s, i) => (s, i)))
        {
            await (i % 2 == 0 ? first : second).LogAsync(NotificationHost.Meeting("eu", subject));
        }

        await _connector.WaitForAsync(r => r.IsActivity && subjects.Any(s => r.CardJson.Contains(s, StringComparison.Ordinal)), subjects.Count, TimeSpan.FromSeconds(20));
        var schedule = DigestSchedule.From(first.Services.GetRequiredService<IOptions<DigestOptions>>().Value, DigestFrequency.Weekly);
        var slot = schedule.LatestAtOrBefore(DateTimeOffset.UtcNow)!.Value;
        var runs = await Task.WhenAll(
            first.Services.GetRequiredService<DigestRunner>().RunSlotAsync(schedule, slot),
            second.Services.GetRequiredService<DigestRunner>().RunSlotAsync(schedule, slot));
        await Task.Delay(1_000);

        // The digest lists them too (as next week's planned contacts): the summaries are what the EU channel got.
        Assert.All(subjects, s => Assert.Single(_connector.Activities, r => r.ConversationId == eu && r.CardJson.Contains(s, StringComparison.Ordinal)));
        Assert.Equal(2, runs.Sum(r => r.Sent));
        Assert.Equal(0, runs.Sum(r => r.Failed));
        // The chart opens every digest, on its first page only.
        var digests = _connector.Activities.Where(r => r.CardJson.Contains("data:image/png;base64,", StringComparison.Ordinal)).ToList();
        Assert.Single(digests, r => r.ConversationId == team);
        Assert.Single(digests, r => r.ConversationId == "a:eva-personal");
        Assert.Equal(2, digests.Count);
    }

    [Fact]
    public async Task TwoMaesMeetingOnePartnerWithinTheWindow_AlertTheChannelAndBothLoggers_Once()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using var host = await StartAsync(prefix);
        var (_, eu) = await RouteEuAsync(host);
        await host.SayInPersonalChatAsync("help", "a:eva-personal-alerts");
        var day = DateTimeOffset.UtcNow.AddDays(-3);

        await host.LogAsync(NotificationHost.Meeting("european-parliament", "Rule of law hearing", mae: "DGI", start: day));
        await host.LogAsync(NotificationHost.Meeting("european-parliament", "Budget talks", mae: "DGII", start: day.AddDays(5)), NotificationHost.StaffMember);

        var alerts = await _connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains("Coordination needed", StringComparison.Ordinal), 3, TimeSpan.FromSeconds(15));
        Assert.Contains(alerts, r => r.ConversationId == eu);
        Assert.Contains(alerts, r => r.ConversationId == "a:eva-personal-alerts");
        var created = _connector.Requests.Single(r => r.Method == "POST" && r.Path.TrimEnd('/') == "/v3/conversations");
        Assert.Contains(NotificationHost.Staff.AadObjectId, created.Json!.ToJsonString(), StringComparison.Ordinal);
        Assert.All(alerts, a => Assert.Contains("Rule of law hearing", a.CardJson, StringComparison.Ordinal));
        Assert.All(alerts, a => Assert.Contains("Budget talks", a.CardJson, StringComparison.Ordinal));
        await Task.Delay(1_000);
        Assert.Equal(3, _connector.Activities.Count(r => r.CardJson.Contains("Coordination needed", StringComparison.Ordinal)));
    }

    private async Task<NotificationHost> StartAsync(string prefix, bool sending = true)
    {
        var host = new NotificationHost(prefix, _connector, sending);
        await host.InitializeAsync();
        return host;
    }

    private async Task<(string Team, string Eu)> RouteEuAsync(NotificationHost host)
    {
        var team = ChannelSummaryTests.NewId("team");
        var eu = ChannelSummaryTests.NewId("eu");
        _connector.Channels.Clear();
        _connector.Channels.AddRange([new FakeChannel(team, null), new FakeChannel(eu, "EU relations")]);
        await host.InstallAsync(team, "DRE");
        await host.SayInChannelAsync(team, eu, "route EU here");
        return (team, eu);
    }
}
