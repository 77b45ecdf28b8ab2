using Microsoft.Extensions.Options;

namespace Dre.Bot.Teams;

/// <summary>
/// Stops the start when the bot would run without its identity: an empty MicrosoftAppId makes the SDK accept requests
/// from anyone. Development may run anonymous, for the local Teams emulator, which sends no tokens.
/// </summary>
public sealed class TeamsBotOptionsValidator(IHostEnvironment environment) : IValidateOptions<TeamsBotOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsBotOptions options)
    {
        if (options.IsAnonymous)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("MicrosoftAppId is required outside Development: without it the bot accepts unauthenticated requests.");
        }

        var failures = new List<string>();
        switch (options.AppType.ToUpperInvariant())
        {
            case "MULTITENANT":
                RequirePassword(options, failures);
                break;
            case "SINGLETENANT":
                RequirePassword(options, failures);
                RequireTenant(options, failures);
                break;
            case "USERASSIGNEDMSI":
                RequireTenant(options, failures);
                if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMsi.");
                }

                break;
            default:
                failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMsi.");
                break;
        }

        if (options.OverridesEndpoints)
        {
            RequireEndpoints(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePassword(TeamsBotOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {options.AppType}.");
        }
    }

    private static void RequireEndpoints(TeamsBotOptions options, List<string> failures)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl),
            (nameof(options.ToBotFromChannelTokenIssuer), options.ToBotFromChannelTokenIssuer),
            (nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl),
            (nameof(options.ToChannelFromBotOAuthScope), options.ToChannelFromBotOAuthScope),
            (nameof(options.OAuthUrl), options.OAuthUrl),
        })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{name} is required once any Bot Framework endpoint is overridden: the SDK then takes none from its defaults.");
            }
        }
    }

    private static void RequireTenant(TeamsBotOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.AppType}.");
        }
    }
}
