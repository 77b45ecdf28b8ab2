using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Dre.Bot.Teams;

/// <summary>
/// The Bot Framework adapter with the service's turn policy: each activity runs once, and a failed turn is logged and
/// answered with an apology in English and French, never with its exception. Its connector clients share one set of
/// JSON contracts (<see cref="SharedConnectorContracts"/>).
/// </summary>
public sealed class DreBotAdapter : CloudAdapter
{
    public const string ApologyText =
        "Sorry, something went wrong on my side. Please try again in a moment.\n\n" +
        "Désolé, un problème est survenu de mon côté. Veuillez réessayer dans un instant.";

    public DreBotAdapter(BotFrameworkAuthentication authentication, TurnClaimMiddleware turnClaims, ILogger<DreBotAdapter> logger)
        : base(authentication, logger)
    {
        Use(new SharedConnectorContracts());
        Use(turnClaims);
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            logger.LogError(exception, "Turn failed for {ActivityType} activity {ActivityId} in {ConversationId}", activity.Type, activity.Id, activity.Conversation?.Id);
            if (activity.Type != ActivityTypes.Message)
            {
                return;
            }

            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(ApologyText));
            }
            catch (Exception sendFailure) when (sendFailure is HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
            {
                logger.LogWarning(sendFailure, "Could not send the apology for activity {ActivityId}", activity.Id);
            }
        };
    }
}
