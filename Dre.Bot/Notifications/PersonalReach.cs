using Dre.Core.Notifications;

namespace Dre.Bot.Notifications;

/// <summary>
/// The bot's personal chat with someone, to write to them unasked (alerts, briefings): the one remembered from their
/// messages, else one Teams opens on request when the app is installed for them (people who only log from Outlook).
/// </summary>
public sealed partial class PersonalReach(
    IPersonalConversationStore personalChats,
    IChannelStore channelStore,
    ProactiveMessenger messenger,
    ILogger<PersonalReach> logger)
{
    /// <summary>The chat with the person of Entra object id <paramref name="userId"/>, or null when there is no way to reach them.</summary>
    public async Task<PersonalConversation?> FindOrOpenAsync(string userId, CancellationToken cancellationToken)
    {
        if (await personalChats.GetPersonalConversationAsync(userId, cancellationToken) is { } known)
        {
            return known;
        }

        // Teams opens a chat with an Entra object id only, from a tenant and service the bot already works in.
        if (!Guid.TryParse(userId, out _) || await channelStore.FindAnyActiveChannelAsync(cancellationToken) is not { } anyChannel)
        {
            LogNoWayToReach(logger, userId);
            return null;
        }

        try
        {
            var created = await messenger.CreatePersonalConversationAsync(anyChannel.ServiceUrl, anyChannel.TenantId, userId, cancellationToken);
            var opened = new PersonalConversation(userId, anyChannel.TenantId, anyChannel.ServiceUrl, ProactiveMessenger.Write(created));
            await personalChats.SavePersonalConversationAsync(opened, cancellationToken);
            return opened;
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
        {
            LogNoWayToReach(logger, userId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No way to reach {Recipient} in a personal chat in Teams")]
    private static partial void LogNoWayToReach(ILogger logger, string recipient);
}
