using Dre.Core.Identity;
using Microsoft.Bot.Builder;

namespace Dre.Bot.Conversations;

/// <summary>Who is talking to the bot, as the services know them: Entra object id, name, e-mail (when Teams gives it) and roles (by object id).</summary>
public sealed class BotUsers(IMemberEmails emails, StaffRoles roles)
{
    public async Task<UserContext> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var from = turnContext.Activity.From;
        var userId = from?.AadObjectId is { Length: > 0 } aad ? aad : from?.Id ?? "unknown";
        var email = await emails.FindAsync(turnContext, cancellationToken);
        var name = from?.Name is { Length: > 0 } n ? n : email ?? userId;
        return new UserContext(userId, name, email, await roles.OfAsync(userId, cancellationToken));
    }
}
