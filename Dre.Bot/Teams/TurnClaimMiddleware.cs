using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Dre.Bot.Teams;

/// <summary>
/// Runs each incoming activity once: a re-sent activity whose turn ran, or is running, ends here without a reply.
/// A turn that failed, or whose claim went stale, may be run again by Teams' retry.
/// </summary>
public sealed class TurnClaimMiddleware(TurnClaims claims, ILogger<TurnClaimMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(conversationId))
        {
            await next(cancellationToken);
            return;
        }

        var claim = await claims.ClaimAsync(conversationId, activity.Id, cancellationToken);
        if (!claim.Owned)
        {
            logger.LogInformation("Skipped activity {ActivityId} in {ConversationId}: its turn is {State}", activity.Id, conversationId, claim.State);
            if (activity.Type == ActivityTypes.Invoke)
            {
                // An invoke waits for an answer; the first run gives the real one.
                await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = (int)HttpStatusCode.OK } }, cancellationToken);
            }

            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            // Not the turn's token: a turn cancelled half-way must still give its claim back.
            await claims.FailAsync(conversationId, activity.Id, CancellationToken.None);
            throw;
        }

        // Done once the answer has gone: Teams gets its response without waiting for the write.
        claims.CompleteInBackground(conversationId, activity.Id);
    }
}
