using Dre.Bot.Tests.Hosting;
using System.Net;
using System.Net.Http.Headers;
using Dre.Service.Auth;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dre.Bot.Tests.Auth;

/// <summary>The API accepts only tokens that Entra ID would issue for it: right issuer, audience, tenant, scope, lifetime and signature.</summary>
public sealed class ApiTokenTests : IAsyncLifetime
{
    private const string TenantId = "3c0e1d2a-0000-4000-8000-00000000c0e1";
    private const string ClientId = "5a1b2c3d-0000-4000-8000-0000000a0d1e";
    private LocalOpenIdIssuer _issuer = null!;
    private DreApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalOpenIdIssuer.StartAsync();
        _factory = new DreApiFactory(new Dictionary<string, string?>
        {
            ["Auth:UseDevelopmentIssuer"] = "false",
            ["Auth:Authority"] = _issuer.BaseUrl,
            ["Auth:TenantId"] = TenantId,
            ["Auth:ClientId"] = ClientId,
            ["Auth:Audience"] = "api://dre.example/" + ClientId,
            // Outside Development the service does not start without the bot's identity.
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "7d0c6a2e-0000-4000-8000-0000000b0701",
            ["MicrosoftAppPassword"] = "local-secret",
            ["MicrosoftAppTenantId"] = TenantId,
        }, environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ValidToken_IsAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, await Call(Token()));
    }

    [Fact]
    public async Task TokenForTheApplicationIdUri_IsAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, await Call(Token(audience: "api://dre.example/" + ClientId)));
    }

    [Fact]
    public async Task MissingToken_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(null));
    }

    [Fact]
    public async Task ExpiredToken_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(Token(notBefore: TestClock.Now.UtcDateTime.AddHours(-3), lifetime: TimeSpan.FromHours(1))));
    }

    [Fact]
    public async Task TokenForAnotherAudience_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(Token(audience: "api://someone-else")));
    }

    [Fact]
    public async Task TokenFromAnotherIssuer_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(Token(issuer: "https://login.microsoftonline.com/another-tenant/v2.0")));
    }

    [Fact]
    public async Task TokenSignedWithAnUnpublishedKey_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(Token(key: _issuer.UnknownKey)));
    }

    [Fact]
    public async Task TokenOfAnotherTenant_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Call(Token(tenant: "99999999-0000-4000-8000-000000000000")));
    }

    [Fact]
    public async Task TokenWithoutTheApiScope_Returns403()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await Call(Token(scope: "User.Read")));
    }

    [Fact]
    public async Task DevelopmentTokenEndpoint_DoesNotExistOutsideDevelopment()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/dev/token?user=eva.schmidt@coe.int");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private string Token(string? audience = null, string? issuer = null, string tenant = TenantId, string scope = "access_as_user", DateTime? notBefore = null, TimeSpan? lifetime = null, SecurityKey? key = null) =>
        _issuer.CreateToken(
            audience ?? ClientId,
            new Dictionary<string, object>
            {
                ["oid"] = "7d2b5c1e-0000-4000-8000-000000000001",
                ["tid"] = tenant,
                ["preferred_username"] = "eva.schmidt@coe.int",
                ["name"] = "Eva Schmidt",
                ["scp"] = scope,
            },
            issuer,
            lifetime,
            notBefore ?? TestClock.Now.UtcDateTime.AddMinutes(-1),
            key);

    private async Task<HttpStatusCode> Call(string? token)
    {
        using var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return (await client.GetAsync("/api/partners/eu")).StatusCode;
    }
}

public sealed class DevelopmentIssuerTests
{
    [Fact]
    public async Task Startup_RefusesTheDevelopmentIssuerOutsideDevelopment()
    {
        var error = await ServiceStart.FailureAsync(new Dictionary<string, string?>
        {
            ["Auth:UseDevelopmentIssuer"] = "true",
            ["Auth:TenantId"] = "t",
            ["Auth:ClientId"] = "c",
        });

        Assert.Contains("UseDevelopmentIssuer", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithoutTenant_FailsNamingTheSetting()
    {
        var error = await ServiceStart.FailureAsync(new Dictionary<string, string?>
        {
            ["Auth:UseDevelopmentIssuer"] = "false",
            ["Auth:TenantId"] = "",
            ["Auth:ClientId"] = "c",
        });

        Assert.Contains("Auth:TenantId", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentToken_ForAnotherAudience_IsRefused()
    {
        await using var factory = new DreApiFactory();
        using var client = factory.CreateClient();
        var issuer = factory.Services.GetRequiredService<DevelopmentIssuer>();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentIssuer.Issuer,
            Audience = "api://not-this-one",
            IssuedAt = TestClock.Now.UtcDateTime,
            NotBefore = TestClock.Now.UtcDateTime,
            Expires = TestClock.Now.UtcDateTime.AddHours(1),
            Claims = new Dictionary<string, object> { ["oid"] = "x", ["tid"] = "00000000-0000-0000-0000-00000000c0e1", ["scp"] = "access_as_user" },
            SigningCredentials = new SigningCredentials(issuer.Key, SecurityAlgorithms.RsaSha256),
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/partners/eu")).StatusCode);
    }

    [Fact]
    public async Task DevelopmentToken_WithUnknownRole_Returns400()
    {
        await using var factory = new DreApiFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/dev/token?user=eva.schmidt@coe.int&role=emperor");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
