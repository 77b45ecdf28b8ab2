namespace Dre.OutlookAddin.Hosting;

/// <summary>
/// What GET /addin/config.json tells the task pane and the workspace tab: how to sign in, and where a contact opens in
/// Teams. In Development the pane and a tab in a browser take development tokens, but a tab hosted as in Teams signs
/// in by nested app authentication, so the settings are given in both modes.
/// </summary>
public sealed record AddinConfig(string Mode, string? ClientId, string? ApiScope, string? Authority, AddinTeamsLink? Teams)
{
    public const string DevelopmentMode = "development";
    public const string EntraMode = "entra";

    public static AddinConfig Of(OutlookAddinOptions options)
    {
        var teams = string.IsNullOrWhiteSpace(options.TeamsAppId) ? null : new AddinTeamsLink(options.TeamsAppId, options.TeamsEntityId);
        var mode = options.UseDevelopmentIssuer ? DevelopmentMode : EntraMode;
        return new AddinConfig(mode, options.ClientId, options.ApiScope, options.Authority!.ToString().TrimEnd('/'), teams);
    }
}

public sealed record AddinTeamsLink(string AppId, string EntityId);
