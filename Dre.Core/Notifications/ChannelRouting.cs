using Dre.Core.Identity;
using Dre.Core.Validation;

namespace Dre.Core.Notifications;

/// <summary>Decides who may point a portfolio at a channel (DRE officers and administrators) and that the channel is live.</summary>
public sealed class ChannelRouting(IChannelStore channels, IRouteStore routes)
{
    public async Task SetRouteAsync(RouteTarget target, string channelKey, UserContext user, CancellationToken cancellationToken = default)
    {
        EnsureMayRoute(user);
        if (await channels.GetChannelAsync(channelKey, cancellationToken) is not { Active: true })
        {
            throw new NotFoundException("The channel");
        }

        await routes.SetRouteAsync(target, channelKey, user.Name, cancellationToken);
    }

    /// <summary>Stops posting <paramref name="target"/> to the channel, unless it was moved elsewhere meanwhile.</summary>
    public async Task ClearRouteAsync(RouteTarget target, string channelKey, UserContext user, CancellationToken cancellationToken = default)
    {
        EnsureMayRoute(user);
        await routes.ClearRouteAsync(target, channelKey, cancellationToken);
    }

    private static void EnsureMayRoute(UserContext user)
    {
        if (!user.IsDreOfficer && !user.Is(Role.Admin))
        {
            throw new ForbiddenException("Only DRE officers and administrators route portfolios to channels.");
        }
    }
}
