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

    private TableChannelDirectory Directory => api.Factory.Services.GetRequiredService<TableChannelDirectory>();

    [Fact]
    public async Task Route_SetByAnOfficer_PointsThePortfolioAtTheChannel()
    {
        var channel = await NewChannelAsync("EU relations");

        await Directory.SetRouteAsync(RouteTarget.Eu, channel.Key, Officer);

        Assert.Equal(channel.Key, (await Directory.GetRoutesAsync())[RouteTarget.Eu]);
    }

    [Fact]
    public async Task Route_SetByStaff_IsRefused()
    {
        var channel = await NewChannelAsync("General");

        await Assert.ThrowsAsync<ForbiddenException>(() => Directory.SetRouteAsync(RouteTarget.Osce, channel.Key, Staff));
    }

    [Fact]
    public async Task Route_ToAnArchivedChannel_IsRefused()
    {
        var channel = await NewChannelAsync("Old");
        await Directory.MarkTeamInactiveAsync(channel.TeamId, "team archived");

        await Assert.ThrowsAsync<NotFoundException>(() => Directory.SetRouteAsync(RouteTarget.Un, channel.Key, Officer));
        Assert.False((await Directory.GetChannelAsync(channel.Key))!.Active);
    }

    [Fact]
    public async Task Subscriptions_AreListedByFrequency_UntilUnsubscribed()
    {
        var userId = "user-" + Guid.NewGuid();
        await Directory.SubscribeAsync(new DigestSubscription(userId, "Head of Division", null, DigestFrequency.Daily, "{}"));

        Assert.Contains(await Directory.ListSubscriptionsAsync(DigestFrequency.Daily).ToListAsync(), s => s.UserId == userId);
        Assert.DoesNotContain(await Directory.ListSubscriptionsAsync(DigestFrequency.Weekly).ToListAsync(), s => s.UserId == userId);

        await Directory.UnsubscribeAsync(userId);
        Assert.DoesNotContain(await Directory.ListSubscriptionsAsync(DigestFrequency.Daily).ToListAsync(), s => s.UserId == userId);
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
        await Directory.UpsertChannelAsync(channel);
        return channel;
    }
}
