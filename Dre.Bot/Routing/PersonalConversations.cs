using System.Collections.Concurrent;
using Dre.Bot.Notifications;
using Dre.Core.Notifications;
using Microsoft.Bot.Builder;

namespace Dre.Bot.Routing;

/// <summary>
/// Remembers each person's personal chat with the bot, from their messages, so that alerts meant for them alone can
/// reach them later. Written once per person and service instance unless the chat changes.
/// </summary>
public sealed class PersonalConversations(IPersonalConversationStore personalChats)
{
    private readonly ConcurrentDictionary<string, string> _saved = new(StringComparer.Ordinal);

    public async Task RememberAsync(ITurnContext turnContext, string userId, string language, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!ChannelRegistry.IsPersonalChat(activity) || activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (_saved.TryGetValue(userId, out var known) && known == conversationId + language)
        {
            return;
        }

        var reference = activity.GetConversationReference();
        await personalChats.SavePersonalConversationAsync(
            new PersonalConversation(userId, activity.Conversation.TenantId ?? "", activity.ServiceUrl, ProactiveMessenger.Write(reference), language),
            cancellationToken);
        _saved[userId] = conversationId + language;
    }
}
