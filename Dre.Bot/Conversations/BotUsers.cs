using Dre.Core.Identity;
using Microsoft.Bot.Builder;

namespace Dre.Bot.Conversations;

/// <summary>
/// Who is talking to the bot, as the services know them: Entra object id, name, the addresses Teams gives (mail and user
/// principal name, as in an API token) and roles (by object id).
/// </summary>
public sealed class BotUsers(IMemberAddresses addresses, StaffRoles roles)
{
    public async Task<UserContext> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var from = turnContext.Activity.From;
        var userId = from?.AadObjectId is { Length: > 0 } aad ? aad : from?.Id ?? "unknown";
        return UserContext.Of(userId, from?.Name, await addresses.FindAsync(turnContext, cancellationToken), await roles.OfAsync(userId, cancellationToken));
    }
}
