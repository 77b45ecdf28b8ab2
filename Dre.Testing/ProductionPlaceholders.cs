namespace Dre.Testing;

/// <summary>
/// Settings that a Production start requires but a given test does not exercise (the bot's identity, the Graph
/// registration): placeholders that pass start-up validation and are never used to call anything.
/// </summary>
public static class ProductionPlaceholders
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "7d0c6a2e-0000-4000-8000-0000000b0799",
        ["MicrosoftAppPassword"] = "placeholder-never-used",
        ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-00000000c0e1",
        ["Graph:TenantId"] = "00000000-0000-0000-0000-00000000c0e1",
        ["Graph:ClientId"] = "11111111-1111-1111-1111-111111111111",
        ["Graph:ClientSecret"] = "placeholder-never-used",
    };
}
