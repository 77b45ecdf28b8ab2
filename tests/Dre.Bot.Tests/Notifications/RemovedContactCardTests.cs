using Dre.Core.Contacts;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Notifications;

/// <summary>A deleted contact's card, end to end: logged through the service, posted by the outbox, then replaced by "removed".</summary>
public sealed class RemovedContactCardTests(SingleNotificationHost host) : IClassFixture<SingleNotificationHost>
{
    private FakeBotConnector Connector => host.Connector;

    [Theory]
    [InlineData("route EU here", "en-GB", "This contact was removed")]
    [InlineData("envoyer ici le portefeuille UE", "fr-FR", "Ce contact a été supprimé")]
    public async Task ADeletedContact_HasItsCardReplacedByRemoved_WithNothingOfItsContent(string route, string locale, string removed)
    {
        var eu = await RoutedChannelAsync(route, locale);
        var subject = "Deleted later " + Guid.NewGuid().ToString("N")[..6];
        var logged = await host.LogAsync(NotificationHost.Meeting("eu", subject));
        await Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == eu && r.CardJson.Contains(subject, StringComparison.Ordinal), 1);

        await host.Services.GetRequiredService<ContactDeletions>().DeleteAsync(logged.Contact!.Id, null, host.Officer);

        var update = (await Connector.WaitForAsync(r => r.IsUpdate && r.ConversationId == eu && r.CardJson.Contains(removed, StringComparison.Ordinal), 1))[0];
        Assert.Single(Connector.Activities, r => r.CardJson.Contains(subject, StringComparison.Ordinal));
        Assert.DoesNotContain(subject, update.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Eva Schmidt", update.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(logged.Contact!.Id, update.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeetingLoggedAgainAfterItsDeletion_TurnsTheRemovedCardBackIntoItsSummary()
    {
        var eu = await RoutedChannelAsync("route EU here", "en-GB");
        var (subject, uid) = ("Logged twice " + Guid.NewGuid().ToString("N")[..6], "UID-" + Guid.NewGuid());
        var logged = await host.LogAsync(NotificationHost.Meeting("eu", subject, iCalUid: uid));
        await Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == eu && r.CardJson.Contains(subject, StringComparison.Ordinal), 1);
        await host.Services.GetRequiredService<ContactDeletions>().DeleteAsync(logged.Contact!.Id, null, host.Officer);
        await Connector.WaitForAsync(r => r.IsUpdate && r.ConversationId == eu && r.CardJson.Contains("removed", StringComparison.Ordinal), 1);

        await host.LogAsync(NotificationHost.Meeting("eu", subject + " corrected", iCalUid: uid));

        await Connector.WaitForAsync(r => r.IsUpdate && r.ConversationId == eu && r.CardJson.Contains(subject + " corrected", StringComparison.Ordinal), 1);
        Assert.Single(Connector.Activities, r => r.CardJson.Contains(subject, StringComparison.Ordinal));
    }

    private async Task<string> RoutedChannelAsync(string route, string locale)
    {
        var team = ChannelSummaryTests.NewId("team");
        var eu = ChannelSummaryTests.NewId("eu");
        Connector.Channels.Clear();
        Connector.Channels.AddRange([new FakeChannel(team, null), new FakeChannel(eu, "EU relations")]);
        await host.InstallAsync(team, "DRE");
        await host.SayInChannelAsync(team, eu, route, locale: locale);
        return eu;
    }
}
