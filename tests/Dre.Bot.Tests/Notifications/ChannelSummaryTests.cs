using Dre.Core.Audit;
using System.Net;
using Dre.Core.Contacts;
using Dre.Core.Notifications;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Notifications;

/// <summary>
/// Channels, routes and contact summaries end to end: Teams events and commands through /api/messages, contacts logged
/// through the service, and what the bot posts to the fake Bot Connector on its own.
/// </summary>
public sealed class ChannelSummaryTests(SingleNotificationHost host) : IClassFixture<SingleNotificationHost>
{
    private FakeBotConnector Connector => host.Connector;

    [Fact]
    public void TheServiceRunsTheOutboxSenderAndTheDigestScheduler()
    {
        var hosted = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType()).ToList();

        Assert.Contains(typeof(Dre.Bot.Notifications.ChannelSummarySender), hosted);
        Assert.Contains(typeof(Dre.Core.Digest.DigestScheduler), hosted);
    }

    [Fact]
    public async Task InstallingTheApp_RecordsEveryChannelOfTheTeam_AndChannelEventsKeepThemCurrent()
    {
        var team = NewId("team");
        var (general, eu, osce) = (team, NewId("eu"), NewId("osce"));
        SetChannels((general, null), (eu, "EU relations"), (osce, "OSCE"));

        await host.InstallAsync(team, "DRE");

        var recorded = await host.Channels.ListTeamAsync(team).ToListAsync();
        Assert.Equal(new[] { general, eu, osce }.Order(), recorded.Select(c => c.ChannelId).Order());
        Assert.All(recorded, c => Assert.True(c.Active));
        Assert.All(recorded, c => Assert.Equal(Connector.ServiceUrl, c.ServiceUrl));
        Assert.All(recorded, c => Assert.Contains(NotificationHost.TenantId, c.ConversationReference, StringComparison.Ordinal));

        await host.ChannelEventAsync(team, "channelRenamed", eu, "EU and EEAS");
        await host.ChannelEventAsync(team, "channelDeleted", osce, "OSCE");

        Assert.Equal("EU and EEAS", (await host.Channels.GetChannelAsync(ChannelKeys.Of(team, eu)))!.ChannelName);
        Assert.False((await host.Channels.GetChannelAsync(ChannelKeys.Of(team, osce)))!.Active);

        await host.ChannelEventAsync(team, "teamArchived");

        Assert.All(await host.Channels.ListTeamAsync(team).ToListAsync(), c => Assert.False(c.Active));
    }

    [Fact]
    public async Task RouteHere_FromAnOfficer_RoutesThePortfolio_InEnglishAndFrench_AndStaffAreRefused()
    {
        var (team, eu, osce) = await InstallTeamAsync();

        await host.SayInChannelAsync(team, eu, "route EU here");
        await host.SayInChannelAsync(team, osce, "envoyer ici le portefeuille OSCE", locale: "fr-FR");
        await host.SayInChannelAsync(team, osce, "route UN here", from: NotificationHost.Staff);

        var routes = await host.Routes.GetRoutesAsync();
        Assert.Equal(ChannelKeys.Of(team, eu), routes[RouteTarget.Eu]);
        Assert.Equal(ChannelKeys.Of(team, osce), routes[RouteTarget.Osce]);
        Assert.False(routes.TryGetValue(RouteTarget.Un, out var un) && un == ChannelKeys.Of(team, osce));
        var replies = await Connector.WaitForAsync(r => r.IsActivity && r.ConversationId?.StartsWith(osce, StringComparison.Ordinal) == true, 2);
        Assert.Contains(replies, r => r.Text?.Contains("OSCE sera publié dans ce canal", StringComparison.Ordinal) == true);
        Assert.Contains(replies, r => r.Text?.Contains("Only DRE officers", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task EveryRouteChange_IsInTheAuditTrail_WithWhoAndWhichChannel()
    {
        var (team, eu, osce) = await InstallTeamAsync();

        await host.SayInChannelAsync(team, eu, "route OSCE here");
        await host.SayInChannelAsync(team, osce, "route OSCE here");

        var entries = await host.Services.GetRequiredService<AuditTrail>().ReadAsync(AuditTrail.RoutesSubject, host.Officer);
        var moved = entries.Last(e => e.Action == AuditAction.RouteSet).Changes.Single();
        Assert.Equal("Osce", moved.Field);
        Assert.Equal(ChannelKeys.Of(team, eu), moved.Before!.GetValue<string>());
        Assert.Equal(ChannelKeys.Of(team, osce), moved.After!.GetValue<string>());
        Assert.Equal(ChangeOrigin.Bot, entries[^1].Origin);
        Assert.Equal(host.Officer.Name, entries[^1].Actor.Name);
    }

    [Fact]
    public async Task TheSettingsCard_RoutesTheTickedPortfoliosHere_AndStopsTheUnticked()
    {
        var (team, eu, osce) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU and OSCE here");

        await host.SubmitInChannelAsync(team, eu, new JObject { ["dreAction"] = "setRoutes", ["targets"] = "Eu,Un" });

        var routes = await host.Routes.GetRoutesAsync();
        Assert.Equal(ChannelKeys.Of(team, eu), routes[RouteTarget.Eu]);
        Assert.Equal(ChannelKeys.Of(team, eu), routes[RouteTarget.Un]);
        Assert.False(routes.ContainsKey(RouteTarget.Osce));
        var replies = await Connector.WaitForAsync(r => r.IsActivity && r.ConversationId?.StartsWith(eu, StringComparison.Ordinal) == true && r.Text is not null, 3);
        Assert.Contains(replies, r => r.Text!.Contains("OSCE: no longer posted in this channel.", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.Requests, r => r.ConversationId == osce && r.Text is not null);
    }

    [Fact]
    public async Task ALoggedContact_IsPostedAsASummaryCard_InTheChannelOfItsPartnersPortfolio()
    {
        var (team, eu, osce) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");
        await host.SayInChannelAsync(team, osce, "route OSCE here");
        var subject = "Joint programme review " + Guid.NewGuid().ToString("N")[..6];

        var logged = await host.LogAsync(NotificationHost.Meeting("european-commission", subject));

        var post = (await Connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains(subject, StringComparison.Ordinal), 1))[0];
        Assert.Equal(eu, post.ConversationId);
        Assert.Contains("European Commission", post.CardJson, StringComparison.Ordinal);
        Assert.Contains("Eva Schmidt (DGI)", post.CardJson, StringComparison.Ordinal);
        Assert.Contains(logged.Contact!.Id, post.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.Requests, r => r.ConversationId == osce && r.CardJson.Contains(subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChannelRoutedInFrench_GetsItsSummariesInFrench_WhateverLanguageIsSpokenThereLater()
    {
        var (team, _, osce) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, osce, "envoyer ici le portefeuille OSCE", locale: "fr-FR");
        await host.SayInChannelAsync(team, osce, "help", locale: "en-GB");
        var subject = "Réunion du Conseil permanent " + Guid.NewGuid().ToString("N")[..6];

        await host.LogAsync(NotificationHost.Meeting("osce", subject));

        var post = (await Connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains(subject, StringComparison.Ordinal), 1))[0];
        Assert.Equal(osce, post.ConversationId);
        Assert.Contains("Nouveau contact avec", post.CardJson, StringComparison.Ordinal);
        Assert.Contains("Ouvrir le contact", post.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestrictedContact_PostsOnlyANoticeWithoutItsContent()
    {
        var (team, eu, _) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");
        var subject = "Confidential démarche " + Guid.NewGuid().ToString("N")[..6];

        await host.LogAsync(NotificationHost.Meeting("eu", subject, confidentiality: Confidentiality.Restricted));

        var notice = (await Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == eu && r.CardJson.Contains("restricted contact", StringComparison.Ordinal), 1))[0];
        Assert.Contains("Eva Schmidt", notice.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, notice.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("joint programme", notice.CardJson, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AContactMadeRestrictedAfterItWasPosted_HasItsCardReplacedByTheNotice()
    {
        var (team, eu, _) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");
        var subject = "Later restricted " + Guid.NewGuid().ToString("N")[..6];
        var logged = await host.LogAsync(NotificationHost.Meeting("eu", subject));
        await Connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains(subject, StringComparison.Ordinal), 1);

        await host.Services.GetRequiredService<ContactService>().UpdateAsync(
            logged.Contact!.Id, new ContactPatch { Confidentiality = Confidentiality.Restricted }, logged.Contact!.Version, host.Officer);

        var update = (await Connector.WaitForAsync(r => r.IsUpdate && r.ConversationId == eu && r.CardJson.Contains("restricted contact", StringComparison.Ordinal), 1))[0];
        Assert.DoesNotContain(subject, update.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMergedDuplicate_UpdatesTheCardItPosted_InsteadOfPostingASecondOne()
    {
        var (team, eu, _) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");
        var subject = "Meeting with the EEAS " + Guid.NewGuid().ToString("N")[..6];
        var uid = "UID-" + Guid.NewGuid();
        var start = TestClock.Now.AddDays(-2);

        await host.LogAsync(NotificationHost.Meeting("eu", subject, start: start, iCalUid: uid));
        await Connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains(subject, StringComparison.Ordinal), 1);
        await host.LogAsync(NotificationHost.Meeting("eu", subject, start: start, iCalUid: uid), NotificationHost.StaffMember);

        var update = (await Connector.WaitForAsync(r => r.IsUpdate && r.CardJson.Contains(subject, StringComparison.Ordinal), 1))[0];
        Assert.Equal(eu, update.ConversationId);
        Assert.Contains("Tom Müller", update.CardJson, StringComparison.Ordinal);
        Assert.Single(Connector.Activities, r => r.CardJson.Contains(subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A429WithRetryAfter_IsRetriedNoSoonerThanAsked_AndPostsOnce()
    {
        var (team, eu, _) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");
        var subject = "Throttled " + Guid.NewGuid().ToString("N")[..6];

        Connector.FailNext(1, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2));
        await host.LogAsync(NotificationHost.Meeting("eu", subject));

        var posted = (await Connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains(subject, StringComparison.Ordinal) && r.ConversationId == eu, 2)).Take(2).ToList();
        Assert.True(posted[1].At - posted[0].At >= TimeSpan.FromSeconds(1.9), $"Retried after {(posted[1].At - posted[0].At).TotalMilliseconds} ms: " + Trace());
        await Task.Delay(1_000);
        Assert.Equal(2, Connector.Activities.Count(r => r.CardJson.Contains(subject, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task ATransientFailure_IsRetriedWithBackoff_UntilThePostGoesThrough(HttpStatusCode status)
    {
        var (team, eu, _) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");
        var subject = $"Transient {status} " + Guid.NewGuid().ToString("N")[..6];

        Connector.FailNext(2, status);
        await host.LogAsync(NotificationHost.Meeting("eu", subject));

        // Each delay growing is pinned without a clock (PacingAndBackoffTests); the machine's load decides real gaps here.
        await Connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains(subject, StringComparison.Ordinal), 3);
        await Task.Delay(800);
        Assert.Equal(3, Connector.Activities.Count(r => r.CardJson.Contains(subject, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AConnectorThatDoesNotAnswer_TimesOut_AndThePostIsRetried()
    {
        var (team, eu, _) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");
        var subject = "Hanging connector " + Guid.NewGuid().ToString("N")[..6];

        Connector.DelayNext(1, TimeSpan.FromSeconds(5));
        await host.LogAsync(NotificationHost.Meeting("eu", subject));

        var attempts = await Connector.WaitForAsync(r => r.IsActivity && r.CardJson.Contains(subject, StringComparison.Ordinal), 2);
        Assert.InRange(attempts[1].At - attempts[0].At, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4.5));
    }

    [Fact]
    public async Task A403FromTeams_MarksTheChannelInactive_AndNothingMoreIsPostedThere()
    {
        var (team, eu, _) = await InstallTeamAsync();
        await host.SayInChannelAsync(team, eu, "route EU here");

        Connector.FailNext(1, HttpStatusCode.Forbidden);
        await host.LogAsync(NotificationHost.Meeting("eu", "Refused " + Guid.NewGuid().ToString("N")[..6]));
        await WaitUntilAsync(async () => (await host.Channels.GetChannelAsync(ChannelKeys.Of(team, eu)))?.Active == false, Trace);
        var after = "After removal " + Guid.NewGuid().ToString("N")[..6];
        await host.LogAsync(NotificationHost.Meeting("eu", after));
        await Task.Delay(1_000);

        Assert.DoesNotContain(Connector.Requests, r => r.CardJson.Contains(after, StringComparison.Ordinal));
    }

    private async Task<(string Team, string Eu, string Osce)> InstallTeamAsync()
    {
        var team = NewId("team");
        var (eu, osce) = (NewId("eu"), NewId("osce"));
        SetChannels((team, null), (eu, "EU relations"), (osce, "OSCE"));
        await host.InstallAsync(team, "DRE");
        return (team, eu, osce);
    }

    private void SetChannels(params (string Id, string? Name)[] channels)
    {
        Connector.Channels.Clear();
        Connector.Channels.AddRange(channels.Select(c => new FakeChannel(c.Id, c.Name)));
    }

    private string Trace() => string.Join("; ", Connector.Requests.TakeLast(12).Select(r => $"{r.At:HH:mm:ss.fff} {r.Method} {r.Path}"));

    internal static string NewId(string label) => $"19:{label}-{Guid.NewGuid():N}@thread.tacv2";

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string>? explain = null, int timeoutMs = 10_000)
    {
        // A time-out measured on a stopwatch: waiting is not what a test asserts, and the date plays no part in it.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.ElapsedMilliseconds < timeoutMs, "The condition did not come true in time. " + explain?.Invoke());
            await Task.Delay(50);
        }
    }
}
