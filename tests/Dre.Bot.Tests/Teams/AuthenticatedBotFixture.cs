using Dre.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Teams;

/// <summary>
/// The endpoint as in production: a single-tenant app id, inbound tokens checked against a local OpenID issuer standing
/// in for the Bot Framework's, outbound tokens from the fake connector's token endpoint.
/// </summary>
public sealed class AuthenticatedBotFixture : BotEndpointFixture
{
    public const string AppId = "7d0c6a2e-0000-4000-8000-0000000b0701";
    public const string TenantId = TeamsTenant.Id;

    public LocalOpenIdIssuer Issuer { get; private set; } = null!;

    protected override string Environment => "Production";

    /// <summary>A token as the Bot Framework issues it to this bot for activities from <see cref="FakeBotConnector.ServiceUrl"/>.</summary>
    public string ChannelToken(string? audience = null, string? issuer = null, TimeSpan? lifetime = null, DateTime? notBefore = null, Microsoft.IdentityModel.Tokens.SecurityKey? key = null) =>
        Issuer.CreateToken(audience ?? AppId, new Dictionary<string, object> { ["serviceurl"] = Connector.ServiceUrl }, issuer, lifetime, notBefore, key);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    protected override async Task AddSettingsAsync(IDictionary<string, string?> settings)
    {
        Issuer = await LocalOpenIdIssuer.StartAsync();
        BotFrameworkOpenIdMetadata.AllowLoopbackHttp(Issuer.MetadataUrl);
        settings["Auth:Authority"] = Issuer.BaseUrl;
        settings["Auth:TenantId"] = TenantId;
        settings["Auth:ClientId"] = "5a1b2c3d-0000-4000-8000-0000000a0d1e";
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppId"] = AppId;
        settings["MicrosoftAppPassword"] = "local-secret";
        settings["MicrosoftAppTenantId"] = TenantId;
        settings["ToBotFromChannelOpenIdMetadataUrl"] = Issuer.MetadataUrl;
        settings["ToBotFromChannelTokenIssuer"] = Issuer.Issuer;
        settings["ToChannelFromBotLoginUrl"] = Connector.LoginUrl(TenantId);
        settings["ToChannelFromBotOAuthScope"] = "https://api.botframework.com";
        settings["OAuthUrl"] = Connector.ServiceUrl;
        // MSAL would otherwise ask the public cloud whether the local authority is a known one.
        settings["ValidateAuthority"] = "false";
    }

    private int _apiTokenChecks;

    /// <summary>Tokens the API's own bearer scheme has judged (accepted or refused) since the start.</summary>
    public int ApiTokenChecks => Volatile.Read(ref _apiTokenChecks);

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<Microsoft.Bot.Builder.IBot, EchoBot>();
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var validated = jwt.Events.OnTokenValidated;
            var failed = jwt.Events.OnAuthenticationFailed;
            jwt.Events.OnTokenValidated = context =>
            {
                Interlocked.Increment(ref _apiTokenChecks);
                return validated(context);
            };
            jwt.Events.OnAuthenticationFailed = context =>
            {
                Interlocked.Increment(ref _apiTokenChecks);
                return failed(context);
            };
        });
    }
}
