using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;

namespace Dre.Bot.Conversations;

/// <summary>The e-mail address of the person who sent an activity; Teams gives it only through its member API.</summary>
public interface IMemberEmails
{
    Task<string?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

/// <summary>Asks Teams (TeamsInfo.GetMemberAsync); when Teams cannot say, the conversation goes on without an e-mail.</summary>
public sealed partial class TeamsMemberEmails(ILogger<TeamsMemberEmails> logger) : IMemberEmails
{
    public async Task<string?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var from = turnContext.Activity.From;
        if (from?.Id is null)
        {
            return null;
        }

        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, from.Id, cancellationToken);
            var email = member.Email ?? member.UserPrincipalName;
            return email is not null && Dre.Core.Validation.EmailAddress.IsValid(email) ? email.ToLowerInvariant() : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLookupFailed(logger, from.Id, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the e-mail of member {MemberId} from Teams ({Error}); continuing without it")]
    private static partial void LogLookupFailed(ILogger logger, string memberId, string error);
}
