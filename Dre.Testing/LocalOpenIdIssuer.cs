using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dre.Testing;

/// <summary>
/// A local OpenID Connect issuer that speaks what Entra ID and the Bot Framework token service publish: a discovery
/// document and a JSON Web Key Set (with the Bot Framework's "endorsements"), so that the real JWT handlers can be
/// tested end to end without leaving the machine.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _strangerRsa = RSA.Create(2048);

    private LocalOpenIdIssuer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = "local-key" };
        UnknownKey = new RsaSecurityKey(_strangerRsa) { KeyId = "unknown-key" };
    }

    public string BaseUrl { get; }

    public string Issuer => BaseUrl + "/issuer";

    public string MetadataUrl => BaseUrl + "/.well-known/openid-configuration";

    /// <summary>The channels the key set endorses, as the Bot Framework publishes them ("msteams").</summary>
    public IReadOnlyList<string> Endorsements { get; set; } = ["msteams"];

    public RsaSecurityKey SigningKey { get; }

    /// <summary>A key the issuer never published: a token signed with it must be refused.</summary>
    public RsaSecurityKey UnknownKey { get; }

    public static async Task<LocalOpenIdIssuer> StartAsync()
    {
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(baseUrl);
        var issuer = new LocalOpenIdIssuer(builder.Build(), baseUrl);
        issuer.Map();
        await issuer._app.StartAsync();
        return issuer;
    }

    public string CreateToken(
        string audience,
        IDictionary<string, object>? claims = null,
        string? issuer = null,
        TimeSpan? lifetime = null,
        DateTime? notBefore = null,
        SecurityKey? key = null)
    {
        var start = notBefore ?? DateTime.UtcNow.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = start,
            NotBefore = start,
            Expires = start + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
        _strangerRsa.Dispose();
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/.well-known/openid-configuration":
                    await context.Response.WriteAsJsonAsync(new JsonObject
                    {
                        ["issuer"] = Issuer,
                        ["jwks_uri"] = BaseUrl + "/keys",
                        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
                    });
                    return;
                case "/keys":
                    var parameters = _rsa.ExportParameters(false);
                    await context.Response.WriteAsJsonAsync(new JsonObject
                    {
                        ["keys"] = new JsonArray(new JsonObject
                        {
                            ["kty"] = "RSA",
                            ["use"] = "sig",
                            ["kid"] = SigningKey.KeyId,
                            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                            ["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode)e!).ToArray()),
                        }),
                    });
                    return;
                default:
                    await next(context);
                    return;
            }
        });
    }
}
