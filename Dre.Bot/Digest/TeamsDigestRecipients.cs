using Dre.Bot.Conversations;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Notifications;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Digest;

/// <summary>
/// Who gets a digest: the channel routed for the managers (weekly), read as any member of staff would, since a channel's
/// members are not all cleared for restricted contacts; and everyone who subscribed, each with their own rights, in Teams
/// and, when the digest mail is configured, by e-mail too.
/// </summary>
public sealed class TeamsDigestRecipients(TableChannelDirectory directory, IOptionsMonitor<RoleDirectory> roles, IOptions<DigestMailOptions> mail) : IDigestRecipients
{
    public const string ChannelPrefix = "channel:";
    public const string UserPrefix = "user:";

    /// <summary>A subscriber's e-mail copy: a recipient of its own, so that its claim is apart from the Teams one.</summary>
    public const string MailPrefix = "mail:";

    public async Task<IReadOnlyList<DigestRecipient>> ListAsync(DigestFrequency frequency, CancellationToken cancellationToken = default)
    {
        var recipients = new List<DigestRecipient>();
        if (frequency == DigestFrequency.Weekly
            && (await directory.GetRoutesAsync(cancellationToken)).TryGetValue(RouteTarget.Managers, out var channelKey)
            && await directory.GetChannelAsync(channelKey, cancellationToken) is { Active: true } channel)
        {
            var name = $"{channel.TeamName} › {channel.ChannelName}";
            recipients.Add(new DigestRecipient(ChannelPrefix + channel.Key, name, frequency, new UserContext(ChannelPrefix + channel.Key, name, null, new HashSet<Role> { Role.Staff })));
        }

        await foreach (var subscription in directory.ListSubscriptionsAsync(frequency, cancellationToken))
        {
            var reader = new UserContext(subscription.UserId, subscription.Name, subscription.Email, roles.CurrentValue.RolesOf(subscription.UserId, subscription.Email));
            recipients.Add(new DigestRecipient(UserPrefix + subscription.UserId, subscription.Name, frequency, reader));
            if (mail.Value.Enabled && subscription.Email is not null)
            {
                recipients.Add(new DigestRecipient(MailPrefix + subscription.UserId, subscription.Email, frequency, reader));
            }
        }

        return recipients;
    }
}
