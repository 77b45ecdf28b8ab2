using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Notifications;
using Dre.Core.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Notifications;

public sealed class ChannelDirectoryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly UserContext Officer = new("anne", "Anne Dupont", "anne.dupont@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });
    private static readonly UserContext Staff = new("jan", "Jan Novak", "jan.novak@coe.int", new HashSet<Role> { Role.Staff });

    private IChannelStore Channels => api.Factory.Services.GetRequiredService<IChannelStore>();

    private IRouteStore Routes => api.Factory.Services.GetRequiredService<IRouteStore>();

    private ChannelRouting Routing => api.Factory.Services.GetRequiredService<ChannelRouting>();

    private IDigestSubscriptions Subscriptions => api.Factory.Services.GetRequiredService<IDigestSubscriptions>();

    [Fact]
    public async Task Route_SetByAnOfficer_PointsThePortfolioAtTheChannel()
    {
        var channel = await NewChannelAsync("EU relations");

        await Routing.SetRouteAsync(RouteTarget.Eu, channel.Key, Officer);

        Assert.Equal(channel.Key, (await Routes.GetRoutesAsync())[RouteTarget.Eu]);
    }

    [Fact]
    public async Task Route_SetByStaff_IsRefused()
    {
        var channel = await NewChannelAsync("General");

        await Assert.ThrowsAsync<ForbiddenException>(() => Routing.SetRouteAsync(RouteTarget.Osce, channel.Key, Staff));
    }

    [Fact]
    public async Task Route_ToAnArchivedChannel_IsRefused()
    {
        var channel = await NewChannelAsync("Old");
        await Channels.MarkTeamInactiveAsync(channel.TeamId, "team archived");

        await Assert.ThrowsAsync<NotFoundException>(() => Routing.SetRouteAsync(RouteTarget.Un, channel.Key, Officer));
        Assert.False((await Channels.GetChannelAsync(channel.Key))!.Active);
    }

    [Fact]
    public async Task Subscriptions_AreListedByFrequency_UntilUnsubscribed()
    {
        var userId = "user-" + Guid.NewGuid();
        await Subscriptions.SubscribeAsync(new DigestSubscription(userId, "Head of Division", null, DigestFrequency.Daily, "{}"));

        Assert.Contains(await Subscriptions.ListSubscriptionsAsync(DigestFrequency.Daily).ToListAsync(), s => s.UserId == userId);
        Assert.DoesNotContain(await Subscriptions.ListSubscriptionsAsync(DigestFrequency.Weekly).ToListAsync(), s => s.UserId == userId);

        await Subscriptions.UnsubscribeAsync(userId);
        Assert.DoesNotContain(await Subscriptions.ListSubscriptionsAsync(DigestFrequency.Daily).ToListAsync(), s => s.UserId == userId);
    }

    private async Task<ChannelRecord> NewChannelAsync(string name)
    {
        var channel = new ChannelRecord
        {
            TeamId = $"19:{Guid.NewGuid():N}@thread.tacv2",
            ChannelId = $"19:{Guid.NewGuid():N}@thread.tacv2",
            ChannelName = name,
            TenantId = "tenant",
            ServiceUrl = "https://smba.example/emea/",
            ConversationReference = "{}",
        };
        await Channels.UpsertChannelAsync(channel);
        return channel;
    }
}
