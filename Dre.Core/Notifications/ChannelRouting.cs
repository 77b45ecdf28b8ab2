using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Core.Validation;

namespace Dre.Core.Notifications;

/// <summary>Decides who may point a portfolio at a channel (DRE officers and administrators) and that the channel is live.</summary>
public sealed class ChannelRouting(IChannelStore channels, IRouteStore routes, AuditTrail audit, TimeProvider time)
{
    public async Task SetRouteAsync(RouteTarget target, string channelKey, UserContext user, CancellationToken cancellationToken = default)
    {
        EnsureMayRoute(user);
        if (await channels.GetChannelAsync(channelKey, cancellationToken) is not { Active: true })
        {
            throw new NotFoundException("The channel");
        }

        var before = (await routes.GetRoutesAsync(cancellationToken)).GetValueOrDefault(target);
        await routes.SetRouteAsync(target, channelKey, user.Name, cancellationToken);
        await RecordAsync(AuditAction.RouteSet, target, before, channelKey, user, cancellationToken);
    }

    /// <summary>Stops posting <paramref name="target"/> to the channel, unless it was moved elsewhere meanwhile.</summary>
    public async Task ClearRouteAsync(RouteTarget target, string channelKey, UserContext user, CancellationToken cancellationToken = default)
    {
        EnsureMayRoute(user);
        await routes.ClearRouteAsync(target, channelKey, cancellationToken);
        await RecordAsync(AuditAction.RouteCleared, target, channelKey, null, user, cancellationToken);
    }

    /// <summary>Written after the route: dying between the two loses the entry, not the route (one round trip).</summary>
    private Task RecordAsync(AuditAction action, RouteTarget target, string? before, string? after, UserContext user, CancellationToken cancellationToken) =>
        audit.WriteAsync(
            AuditTrail.RoutesSubject,
            new AuditEntry(time.GetUtcNow(), AuditActor.Of(user), ChangeOrigin.Bot, action, [new FieldChange(target.ToString(), before, after)]),
            cancellationToken);

    private static void EnsureMayRoute(UserContext user)
    {
        if (!user.IsDreOfficer && !user.Is(Role.Admin))
        {
            throw new ForbiddenException("Only DRE officers and administrators route portfolios to channels.");
        }
    }
}
