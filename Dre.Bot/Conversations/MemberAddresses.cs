using Dre.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;

namespace Dre.Bot.Conversations;

/// <summary>The addresses of the person who sent an activity; Teams gives them only through its member API.</summary>
public interface IMemberAddresses
{
    /// <summary>The mail address first, then the user principal name when it differs; none when Teams cannot say.</summary>
    Task<IReadOnlyList<string>> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

/// <summary>
/// Asks Teams (TeamsInfo.GetMemberAsync) for the member's <c>email</c> and <c>userPrincipalName</c>, the two addresses an
/// API token gives for the same person. When Teams cannot say, the conversation goes on with the object id alone. An
/// answer is kept briefly (<see cref="StoreReadCache"/>) for the next turns of the same person in the same conversation
/// only: the key is the conversation and the member, so that one person's addresses never serve another.
/// </summary>
public sealed partial class TeamsMemberAddresses(StoreReadCache cache, ILogger<TeamsMemberAddresses> logger) : IMemberAddresses
{
    public async Task<IReadOnlyList<string>> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.From?.Id is not { } memberId)
        {
            return [];
        }

        try
        {
            var key = (nameof(TeamsMemberAddresses), activity.Conversation?.Id ?? "", memberId, activity.From.AadObjectId ?? "");
            return await cache.GetAsync<IReadOnlyList<string>>(key, async ct =>
            {
                var member = await TeamsInfo.GetMemberAsync(turnContext, memberId, ct);
                return [.. new[] { member.Email, member.UserPrincipalName }.OfType<string>()];
            }, cancellationToken);
        }
        // A lookup that timed out is cancelled too, but not by the caller: it is a failed lookup like any other.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogLookupFailed(logger, memberId, ex.GetType().Name);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the addresses of member {MemberId} from Teams ({Error}); continuing without them")]
    private static partial void LogLookupFailed(ILogger logger, string memberId, string error);
}
