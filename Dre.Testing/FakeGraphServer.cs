using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dre.Testing;

/// <summary>
/// Microsoft Graph and the Entra ID token endpoint as the add-in's server side meets them, on 127.0.0.1 over https
/// (the sign-in libraries refuse plain http): the on-behalf-of exchange, translateExchangeIds, /me/events and
/// /me/messages (one item, or a $filter on one property), Graph's error bodies, and 429 with Retry-After. It records every request with its
/// Authorization header.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string OnBehalfOfGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly ConcurrentDictionary<string, JsonObject> _events = new();
    private readonly ConcurrentDictionary<string, JsonObject> _messages = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<string> _issuedTokens = new();
    private int _throttleCount;
    private int _retryAfterSeconds;

    private FakeGraphServer(WebApplication app, X509Certificate2 certificate, string baseUrl)
    {
        _app = app;
        _certificate = certificate;
        BaseUrl = baseUrl;
    }

    /// <summary>The sign-in host (Graph:AuthorityHost).</summary>
    public string BaseUrl { get; }

    /// <summary>Graph's root (Graph:BaseUrl).</summary>
    public string GraphBaseUrl => BaseUrl + "/v1.0";

    public string TenantId { get; } = "5e7a11c0-0000-4000-8000-00000000d3e0";

    public string ClientId { get; } = "a9f1c2d3-0000-4000-8000-0000000a0d1e";

    public string ClientSecret { get; } = "fake-graph-secret";

    public IReadOnlyCollection<RecordedRequest> Requests => [.. _requests];

    public IReadOnlyCollection<RecordedRequest> GraphRequests => [.. _requests.Where(r => r.Path.StartsWith("/v1.0/", StringComparison.Ordinal))];

    /// <summary>Messages sent through <c>POST /users/{id}/sendMail</c>, as Graph received them.</summary>
    public IReadOnlyCollection<RecordedRequest> SentMail => [.. GraphRequests.Where(r => r.Method == "POST" && r.Path.EndsWith("/sendMail", StringComparison.Ordinal))];

    public IReadOnlyCollection<RecordedRequest> TokenRequests => [.. _requests.Where(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))];

    /// <summary>The access tokens the token endpoint handed out, in order.</summary>
    public IReadOnlyCollection<string> IssuedTokens => [.. _issuedTokens];

    public static async Task<FakeGraphServer> StartAsync()
    {
        var certificate = CreateCertificate();
        var baseUrl = $"https://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, new Uri(baseUrl).Port, listen => listen.UseHttps(certificate)));
        var server = new FakeGraphServer(builder.Build(), certificate, baseUrl);
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Makes a token Graph accepts without the exchange (for a credential the test stands in for).</summary>
    public string IssueToken()
    {
        var token = "graph-direct-" + Guid.NewGuid().ToString("N");
        _issuedTokens.Enqueue(token);
        return token;
    }

    /// <summary>A handler that trusts this server's certificate only (for the clients under test).</summary>
    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString() },
    };

    /// <summary>The REST id Graph gives an EWS id. The real service does more than this; the fake only needs a different id.</summary>
    public static string RestIdOf(string ewsId) => ewsId.Replace('/', '-').Replace('+', '_');

    /// <summary>Puts an event in the mailbox under the REST id of <paramref name="ewsId"/>; <paramref name="graphEvent"/> is Graph's JSON.</summary>
    public void AddEvent(string ewsId, JsonObject graphEvent) => _events[RestIdOf(ewsId)] = graphEvent;

    public void AddMessage(string ewsId, JsonObject graphMessage) => _messages[RestIdOf(ewsId)] = graphMessage;

    /// <summary>The next <paramref name="count"/> Graph requests are throttled (429) with this Retry-After.</summary>
    public void Throttle(int count, int retryAfterSeconds)
    {
        Volatile.Write(ref _retryAfterSeconds, retryAfterSeconds);
        Volatile.Write(ref _throttleCount, count);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        var path = request.Path.Value ?? "";
        _requests.Enqueue(new RecordedRequest(request.Method, path, request.QueryString.Value ?? "", request.Headers.Authorization.ToString(), body));

        if (path == $"/{TenantId}/oauth2/v2.0/token" && HttpMethods.IsPost(request.Method))
        {
            await TokenAsync(context, body);
            return;
        }

        if (!path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            || !_issuedTokens.Contains(request.Headers.Authorization.ToString()["Bearer ".Length..]))
        {
            await GraphErrorAsync(context, StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty or invalid.");
            return;
        }

        if (Interlocked.Decrement(ref _throttleCount) >= 0)
        {
            context.Response.Headers.RetryAfter = Volatile.Read(ref _retryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await GraphErrorAsync(context, StatusCodes.Status429TooManyRequests, "TooManyRequests", "Please retry after the time given in Retry-After.");
            return;
        }

        Interlocked.Exchange(ref _throttleCount, 0);
        var segments = path["/v1.0/".Length..].Split('/');
        switch (segments)
        {
            case ["me", "translateExchangeIds"] when HttpMethods.IsPost(request.Method):
                await TranslateAsync(context, body);
                return;
            case ["me", "events"] when HttpMethods.IsGet(request.Method):
                await FilterAsync(context, _events, "event");
                return;
            case ["me", "messages"] when HttpMethods.IsGet(request.Method):
                await FilterAsync(context, _messages, "message");
                return;
            case ["me", "events", var id] when HttpMethods.IsGet(request.Method):
                await ItemAsync(context, _events, id, "event");
                return;
            case ["me", "messages", var id] when HttpMethods.IsGet(request.Method):
                await ItemAsync(context, _messages, id, "message");
                return;
            case ["users", var key] when HttpMethods.IsGet(request.Method):
                await UserAsync(context, Uri.UnescapeDataString(key));
                return;
            case ["users", _, "sendMail"] when HttpMethods.IsPost(request.Method):
                context.Response.StatusCode = StatusCodes.Status202Accepted;
                return;
            case [_, ..] when await AppRolesAsync(context, segments, body):
                return;
            default:
                await GraphErrorAsync(context, StatusCodes.Status400BadRequest, "BadRequest", "Resource not found for the segment '" + segments[^1] + "'.");
                return;
        }
    }

    private async Task TokenAsync(HttpContext context, string body)
    {
        var form = System.Web.HttpUtility.ParseQueryString(body);
        if (form["grant_type"] == "client_credentials")
        {
            await ApplicationTokenAsync(context, form);
            return;
        }

        if (form["grant_type"] != OnBehalfOfGrant || form["requested_token_use"] != "on_behalf_of" || string.IsNullOrEmpty(form["assertion"]))
        {
            await TokenErrorAsync(context, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type.");
            return;
        }

        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            await TokenErrorAsync(context, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
            return;
        }

        var token = "graph-obo-" + Guid.NewGuid().ToString("N");
        _issuedTokens.Enqueue(token);
        var userId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(form["assertion"]!))[..16]).ToString();
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["scope"] = form["scope"],
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = token,
            ["refresh_token"] = "refresh-" + Guid.NewGuid().ToString("N"),
            ["id_token"] = IdToken(userId),
            ["client_info"] = Base64Url(new JsonObject { ["uid"] = userId, ["utid"] = TenantId }),
        });
    }

    /// <summary>The service signing in as itself (application permissions, e.g. Mail.Send).</summary>
    private async Task ApplicationTokenAsync(HttpContext context, System.Collections.Specialized.NameValueCollection form)
    {
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            await TokenErrorAsync(context, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
            return;
        }

        var token = "graph-app-" + Guid.NewGuid().ToString("N");
        _issuedTokens.Enqueue(token);
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = token,
        });
    }

    private static async Task TranslateAsync(HttpContext context, string body)
    {
        var values = new JsonArray();
        foreach (var id in InputIds(body))
        {
            values.Add(new JsonObject { ["sourceId"] = id, ["targetId"] = RestIdOf(id) });
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.convertIdResult)",
            ["value"] = values,
        });
    }

    /// <summary>The ids a translateExchangeIds body asks about. Graph reads action parameters case-insensitively (the SDK sends "InputIds").</summary>
    public static IReadOnlyList<string> InputIds(string body)
    {
        var parameters = JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true })!.AsObject();
        return parameters["inputIds"] is JsonArray ids ? [.. ids.Select(id => id!.GetValue<string>())] : [];
    }

    private static Task GraphErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString(), ["date"] = DateTime.UtcNow.ToString("s") },
            },
        });
    }

    /// <summary>The sign-in service's id token for the user (the libraries read it, and do not check its signature).</summary>
    private string IdToken(string userId) => string.Join('.',
        Base64Url(new JsonObject { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = "fake" }),
        Base64Url(new JsonObject
        {
            ["aud"] = ClientId,
            ["iss"] = $"{BaseUrl}/{TenantId}/v2.0",
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
            ["oid"] = userId,
            ["sub"] = userId,
            ["tid"] = TenantId,
            ["preferred_username"] = "user@coe.int",
            ["name"] = "Graph user",
            ["ver"] = "2.0",
        }),
        "c2lnbmF0dXJl");

    private static string Base64Url(JsonObject json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Task TokenErrorAsync(HttpContext context, string error, string description)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = error, ["error_description"] = description, ["error_codes"] = new JsonArray(70003) });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public sealed record RecordedRequest(string Method, string Path, string Query, string Authorization, string Body);
}
