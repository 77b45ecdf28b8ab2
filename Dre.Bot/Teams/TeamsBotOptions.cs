namespace Dre.Bot.Teams;

/// <summary>
/// The bot's identity and the Bot Framework endpoints, read from the configuration's root keys as the SDK reads them
/// (App Service settings <c>MicrosoftAppId</c>, ...). The endpoints are overridable so that Development and tests point
/// them at local stand-ins; left empty, the SDK uses the public cloud's.
/// </summary>
public sealed class TeamsBotOptions
{
    /// <summary>MultiTenant, SingleTenant or UserAssignedMsi, as the SDK names them.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromChannelTokenIssuer { get; set; }

    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>The user token service; the SDK needs it whenever any endpoint above is overridden.</summary>
    public string? OAuthUrl { get; set; }

    /// <summary>True when any endpoint is overridden: the SDK then takes all of them from configuration, none from its defaults.</summary>
    public bool OverridesEndpoints =>
        new[] { ToBotFromChannelOpenIdMetadataUrl, ToBotFromChannelTokenIssuer, ToChannelFromBotLoginUrl, ToChannelFromBotOAuthScope, OAuthUrl }
            .Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Without an app id the SDK accepts unauthenticated requests: only the Development emulator may rely on it.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string AppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? "MultiTenant" : MicrosoftAppType;
}
