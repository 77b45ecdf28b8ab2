using Dre.Core;
using Dre.Core.Storage;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Teams;

public static class TeamsBotExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>The HttpClient the SDK uses for its token requests (MSAL) and its calls to the Bot Connector.</summary>
    public const string HttpClientName = "BotFramework";

    /// <summary>
    /// The Bot Framework adapter, authenticated from configuration as the SDK reads it (MicrosoftAppType, MicrosoftAppId,
    /// MicrosoftAppPassword, MicrosoftAppTenantId, ToBotFromChannelOpenIdMetadataUrl, ToBotFromChannelTokenIssuer,
    /// ToChannelFromBotLoginUrl, ToChannelFromBotOAuthScope, ValidateAuthority, ...). The bot itself (IBot) is registered
    /// by the conversation logic.
    /// </summary>
    public static WebApplicationBuilder AddTeamsBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TeamsBotOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TeamsBotOptions>, TeamsBotOptionsValidator>();
        builder.Services.AddOptions<TeamsAccessOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.TenantId = configuration[TeamsAccessOptions.SectionName + ":TenantId"] ?? configuration["Auth:TenantId"])
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHttpClient(HttpClientName);

        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            // Resolving the options runs their validation first, so that a missing setting is named, not an SDK exception.
            _ = sp.GetRequiredService<IOptions<TeamsBotOptions>>().Value;
            var configuration = sp.GetRequiredService<IConfiguration>();
            var httpClients = new BotHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>());
            var logger = sp.GetRequiredService<ILogger<DreBotAdapter>>();
            var credentials = new ConfigurationServiceClientCredentialFactory(configuration, httpClients.CreateClient(HttpClientName), logger);
            return new ConfigurationBotFrameworkAuthentication(configuration, credentials, httpClientFactory: httpClients, logger: logger);
        });
        builder.Services.AddSingleton<TurnClaims>();
        builder.Services.AddClaimPruning(StoreTables.ActivitiesTable, TurnClaims.Retention);
        builder.Services.AddSingleton<TurnClaimMiddleware>();
        // A factory: CloudAdapter's constructors are ambiguous to the container.
        builder.Services.AddSingleton(sp => new DreBotAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<TurnClaimMiddleware>(),
            sp.GetRequiredService<ILogger<DreBotAdapter>>()));
        builder.Services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<DreBotAdapter>());
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<DreBotAdapter>());
        return builder;
    }

    /// <summary>The Teams endpoint: Bot Framework activities in, authenticated by the adapter (not by the API's bearer scheme).</summary>
    public static WebApplication MapTeamsBot(this WebApplication app)
    {
        app.MapPost(MessagesPath, BotMessagesEndpoint.HandleAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
