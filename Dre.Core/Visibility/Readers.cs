using Dre.Core.Identity;

namespace Dre.Core.Visibility;

/// <summary>
/// Who a rendering is for when it is not one person: a channel, a group chat, a message-extension result inserted in a
/// conversation. That reader is every member at once, so it sees what any member of staff may see and nothing more.
/// </summary>
public static class Readers
{
    private const string AudiencePrefix = "audience:";

    /// <summary>Staff only, no e-mail, and an id no person has, so that no contact names it.</summary>
    public static UserContext ConversationAudience(string conversationId) =>
        new(AudiencePrefix + conversationId, "", null, new HashSet<Role> { Role.Staff });

    public static bool IsConversationAudience(UserContext reader) => reader.UserId.StartsWith(AudiencePrefix, StringComparison.Ordinal);
}
