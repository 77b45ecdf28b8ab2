using Dre.Bot.Tests.Hosting;
using Dre.Bot.Teams;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Tests.Teams;

/// <summary>The bot never runs unauthenticated by accident: a missing identity stops the start, naming the setting.</summary>
public sealed class TeamsBotStartupTests
{
    [Fact]
    public async Task Production_WithoutAppId_DoesNotStart()
    {
        var failure = await ServiceStart.FailureAsync(new Dictionary<string, string?>
        {
            ["Auth:TenantId"] = "3c0e1d2a-0000-4000-8000-00000000c0e1",
            ["Auth:ClientId"] = "5a1b2c3d-0000-4000-8000-0000000a0d1e",
            ["Auth:Authority"] = "http://127.0.0.1:9/",
        });

        Assert.Contains("MicrosoftAppId", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "id", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("SingleTenant", "id", null, "tenant", "MicrosoftAppPassword")]
    [InlineData("MultiTenant", "id", null, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMsi", "id", "secret", "tenant", "MicrosoftAppPassword")]
    [InlineData("UserAssignedMsi", "id", null, null, "MicrosoftAppTenantId")]
    [InlineData("Anonymous", "id", "secret", "tenant", "MicrosoftAppType")]
    [InlineData("SingleTenant", null, "secret", "tenant", "MicrosoftAppId")]
    public void IncompleteIdentity_IsRefusedNamingTheSetting(string type, string? appId, string? password, string? tenant, string setting)
    {
        var result = Validate("Production", new TeamsBotOptions { MicrosoftAppType = type, MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant });

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void OverriddenEndpoints_MustAllBeGiven()
    {
        var result = Validate("Production", new TeamsBotOptions
        {
            MicrosoftAppType = "SingleTenant", MicrosoftAppId = "id", MicrosoftAppPassword = "secret", MicrosoftAppTenantId = "tenant",
            ToBotFromChannelOpenIdMetadataUrl = "https://127.0.0.1/.well-known/openid-configuration",
        });

        Assert.True(result.Failed);
        Assert.Contains("OAuthUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ToChannelFromBotLoginUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", "tenant")]
    [InlineData("UserAssignedMsi", null, "tenant")]
    [InlineData("MultiTenant", "secret", null)]
    public void CompleteIdentity_IsAccepted(string type, string? password, string? tenant) =>
        Assert.True(Validate("Production", new TeamsBotOptions { MicrosoftAppType = type, MicrosoftAppId = "id", MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant }).Succeeded);

    [Fact]
    public void Development_WithoutAppId_RunsAnonymous() =>
        Assert.True(Validate("Development", new TeamsBotOptions()).Succeeded);

    private static ValidateOptionsResult Validate(string environment, TeamsBotOptions options) =>
        new TeamsBotOptionsValidator(new Environment(environment)).Validate(null, options);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Dre.Service";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
