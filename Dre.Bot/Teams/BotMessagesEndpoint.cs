using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace Dre.Bot.Teams;

internal static class BotMessagesEndpoint
{
    public static async Task HandleAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        var bot = context.RequestServices.GetService<IBot>();
        if (bot is null)
        {
            loggers.CreateLogger(typeof(BotMessagesEndpoint)).LogError("An activity arrived but no bot (IBot) is registered");
            await Results.Problem(
                title: "The bot is not available",
                detail: "The service has no conversation logic (IBot) registered.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }

        // Not RequestAborted: Teams stops waiting after 15 s, and a turn that has started logging a contact must finish.
        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, lifetime.ApplicationStopping);
        }
        catch (SecurityTokenException e) when (!context.Response.HasStarted)
        {
            // The SDK turns most token failures into 401 itself, but lets some through (a key it does not know).
            loggers.CreateLogger(typeof(BotMessagesEndpoint)).LogWarning("Refused an activity whose token failed validation: {Reason}", e.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
