using Dre.Bot.Conversations;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Notifications;

namespace Dre.Bot.Digest;

/// <summary>
/// Who gets a digest: the channel routed for the managers (weekly), read as any member of staff would, since a channel's
/// members are not all cleared for restricted contacts; and everyone who subscribed, each with their own rights.
/// </summary>
public sealed class TeamsDigestRecipients(IChannelStore channelStore, IRouteStore routeStore, IDigestSubscriptions subscriptions, StaffRoles roles) : IDigestRecipients
{
    public async Task<IReadOnlyList<DigestRecipient>> ListAsync(DigestFrequency frequency, CancellationToken cancellationToken = default)
    {
        var recipients = new List<DigestRecipient>();
        if (frequency == DigestFrequency.Weekly
            && (await routeStore.GetRoutesAsync(cancellationToken)).TryGetValue(RouteTarget.Managers, out var channelKey)
            && await channelStore.GetChannelAsync(channelKey, cancellationToken) is { Active: true } channel)
        {
            var name = $"{channel.TeamName} › {channel.ChannelName}";
            var recipient = new DigestRecipient(DigestRoute.Channel, channel.Key, name, frequency, null!);
            recipients.Add(recipient with { Reader = new UserContext(recipient.Key, name, null, new HashSet<Role> { Role.Staff }) });
        }

        await foreach (var subscription in subscriptions.ListSubscriptionsAsync(frequency, cancellationToken))
        {
            var reader = new UserContext(subscription.UserId, subscription.Name, subscription.Email, await roles.OfAsync(subscription.UserId, cancellationToken))
            {
                OtherAddresses = subscription.OtherAddresses,
            };
            recipients.Add(new DigestRecipient(DigestRoute.TeamsChat, subscription.UserId, subscription.Name, frequency, reader));
        }

        return recipients;
    }
}
