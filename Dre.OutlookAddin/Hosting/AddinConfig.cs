namespace Dre.OutlookAddin.Hosting;

/// <summary>What GET /addin/config.json tells the task pane: how to sign in, and where a contact opens in Teams.</summary>
public sealed record AddinConfig(string Mode, string? ClientId, string? ApiScope, string? Authority, AddinTeamsLink? Teams)
{
    public const string DevelopmentMode = "development";
    public const string EntraMode = "entra";

    public static AddinConfig Of(OutlookAddinOptions options)
    {
        var teams = string.IsNullOrWhiteSpace(options.TeamsAppId) ? null : new AddinTeamsLink(options.TeamsAppId, options.TeamsEntityId);
        return options.UseDevelopmentIssuer
            ? new AddinConfig(DevelopmentMode, null, null, null, teams)
            : new AddinConfig(EntraMode, options.ClientId, options.ApiScope, options.Authority!.ToString().TrimEnd('/'), teams);
    }
}

public sealed record AddinTeamsLink(string AppId, string EntityId);
