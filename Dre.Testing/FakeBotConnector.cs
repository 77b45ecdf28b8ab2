using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Dre.Testing;

/// <summary>
/// A local Bot Connector: the REST API that the Bot Framework SDK calls on an activity's serviceUrl (replies, updates,
/// deletes, new conversations, members, team channels), plus an Entra-style client-credentials token endpoint on HTTPS
/// (MSAL accepts no other scheme) with a certificate of its own. Every call is recorded; the next calls can be told to fail.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly List<RecordedRequest> _requests = [];
    private readonly ConcurrentQueue<(HttpStatusCode Status, TimeSpan? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RecordedRequest>> _firstActivities = new();
    private readonly Lock _gate = new();
    private event Action? Recorded;

    private FakeBotConnector(WebApplication app, X509Certificate2 certificate, string serviceUrl, string tokenBaseUrl)
    {
        _app = app;
        _certificate = certificate;
        ServiceUrl = serviceUrl;
        TokenBaseUrl = tokenBaseUrl;
    }

    /// <summary>What activities carry as serviceUrl, with a trailing slash as Teams sends it.</summary>
    public string ServiceUrl { get; }

    /// <summary>The HTTPS base of the token endpoint, <c>POST {TokenBaseUrl}/{tenant}/oauth2/v2.0/token</c>.</summary>
    public string TokenBaseUrl { get; }

    /// <summary>The access token the token endpoint hands out; outbound calls must carry it.</summary>
    public string IssuedAccessToken { get; } = "fake-connector-token-" + Guid.NewGuid().ToString("N");

    /// <summary>The members that the member endpoints return (a conversation's members, a team's roster).</summary>
    public List<FakeMember> Members { get; } = [];

    /// <summary>The channels that <c>GET /v3/teams/{teamId}/conversations</c> returns.</summary>
    public List<FakeChannel> Channels { get; } = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Activities the bot sent (POST to a conversation's activities, a reply or not).</summary>
    public IReadOnlyList<RecordedRequest> Activities => Requests.Where(r => r.IsActivity).ToList();

    public IReadOnlyList<RecordedRequest> TokenRequests => Requests.Where(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)).ToList();

    /// <summary>The login URL to configure as ToChannelFromBotLoginUrl for a tenant.</summary>
    public string LoginUrl(string tenant) => $"{TokenBaseUrl}/{tenant}";

    public static async Task<FakeBotConnector> StartAsync()
    {
        var serviceUrl = $"http://127.0.0.1:{FreePort.Next()}/";
        var tokenPort = FreePort.Next();
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, new Uri(serviceUrl).Port);
            kestrel.Listen(IPAddress.Loopback, tokenPort, listen => listen.UseHttps(certificate));
        });
        var connector = new FakeBotConnector(builder.Build(), certificate, serviceUrl, $"https://127.0.0.1:{tokenPort}");
        connector.Map();
        await connector._app.StartAsync();
        return connector;
    }

    /// <summary>A handler that trusts this connector's certificate, and no other self-signed one.</summary>
    public HttpMessageHandler CreateTrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || (cert is not null && cert.GetCertHashString() == _certificate.Thumbprint) },
    };

    /// <summary>The next <paramref name="count"/> calls (any but token requests) answer <paramref name="status"/>.</summary>
    public void FailNext(int count, HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    /// <summary>The next <paramref name="count"/> calls (any but token requests) answer only after <paramref name="delay"/>: a Bot Connector that hangs.</summary>
    public void DelayNext(int count, TimeSpan delay)
    {
        for (var i = 0; i < count; i++)
        {
            _delays.Enqueue(delay);
        }
    }

    /// <summary>Forgets what was recorded and any failures still queued.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _requests.Clear();
        }

        _failures.Clear();
        _delays.Clear();
        _firstActivities.Clear();
    }

    /// <summary>
    /// The first activity the bot sent to a conversation, awaited without scanning what was recorded: cheap enough for
    /// load runs with thousands of conversations.
    /// </summary>
    public async Task<RecordedRequest> WaitForFirstActivityAsync(string conversationId, TimeSpan? timeout = null)
    {
        try
        {
            return await FirstActivity(conversationId).Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The bot sent nothing to conversation {conversationId}.");
        }
    }

    /// <summary>The first reply to an incoming activity (posted to its id), awaited as <see cref="WaitForFirstActivityAsync"/> is.</summary>
    public async Task<RecordedRequest> WaitForReplyAsync(string activityId, TimeSpan? timeout = null)
    {
        try
        {
            return await FirstActivity(ReplyKey(activityId)).Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The bot sent no reply to activity {activityId}.");
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> activities were sent, and returns them.</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(r => r.IsActivity, count, timeout);

    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(Func<RecordedRequest, bool> predicate, int count, TimeSpan? timeout = null)
    {
        var signal = new SemaphoreSlim(0);
        void OnRecorded() => signal.Release();
        Recorded += OnRecorded;
        try
        {
            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
            while (true)
            {
                var matching = Requests.Where(predicate).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                try
                {
                    await signal.WaitAsync(cts.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"Expected {count} matching requests at the fake Bot Connector, got {matching.Count}: " +
                        string.Join(", ", Requests.Select(r => $"{r.Method} {r.Path}")));
                }
            }
        }
        finally
        {
            Recorded -= OnRecorded;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel wants a certificate whose key it can use: a round trip through PKCS#12 gives one on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            var body = await ReadBodyAsync(context.Request);
            var isToken = context.Request.Path.Value?.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) == true;
            var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", body.Json, body.Form, context.Request.Headers.Authorization.ToString());
            Record(recorded);
            if (!isToken && _delays.TryDequeue(out var delay))
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    recorded.Status = 499;
                    return;
                }
            }

            if (!isToken && _failures.TryDequeue(out var failure))
            {
                context.Response.StatusCode = (int)failure.Status;
                if (failure.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                recorded.Status = (int)failure.Status;
                await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = failure.Status.ToString(), ["message"] = "Failure asked of the fake connector." } });
                return;
            }

            await next(context);
            recorded.Status = context.Response.StatusCode;
        });

        _app.MapPost("/{tenant}/oauth2/v2.0/token", () => Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = IssuedAccessToken,
        }));
        var conversations = _app.MapGroup("/v3/conversations");
        conversations.MapPost("/", (HttpContext _) => Results.Json(new JsonObject
        {
            ["id"] = "a:" + Guid.NewGuid().ToString("N"),
            ["activityId"] = NewId(),
            ["serviceUrl"] = ServiceUrl,
        }));
        conversations.MapPost("/{conversationId}/activities", () => Results.Json(new JsonObject { ["id"] = NewId() }));
        conversations.MapPost("/{conversationId}/activities/{activityId}", () => Results.Json(new JsonObject { ["id"] = NewId() }));
        conversations.MapPut("/{conversationId}/activities/{activityId}", (string activityId) => Results.Json(new JsonObject { ["id"] = activityId }));
        conversations.MapDelete("/{conversationId}/activities/{activityId}", () => Results.Ok());
        conversations.MapGet("/{conversationId}/members/{userId}", (string userId) =>
            Members.FirstOrDefault(m => m.Id == userId || m.AadObjectId == userId) is { } member
                ? Results.Json(member.ToJson())
                : Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation", ["message"] = "The member is not in the conversation." } }, statusCode: 404));
        conversations.MapGet("/{conversationId}/members", () => Results.Json(new JsonArray([.. Members.Select(m => (JsonNode)m.ToJson())])));
        conversations.MapGet("/{conversationId}/pagedmembers", () => Results.Json(new JsonObject
        {
            ["members"] = new JsonArray([.. Members.Select(m => (JsonNode)m.ToJson())]),
        }));
        _app.MapGet("/v3/teams/{teamId}/conversations", () => Results.Json(new JsonObject
        {
            ["conversations"] = new JsonArray([.. Channels.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name })]),
        }));
    }

    private static string ReplyKey(string activityId) => "reply-to " + activityId;

    private TaskCompletionSource<RecordedRequest> FirstActivity(string conversationId) =>
        _firstActivities.GetOrAdd(conversationId, _ => new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static async Task<(JsonNode? Json, IReadOnlyDictionary<string, string>? Form)> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return (null, form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        }

        if (request.ContentLength is 0 || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (null, null);
        }

        try
        {
            return (await JsonNode.ParseAsync(request.Body), null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }

        if (request.IsActivity && request.ConversationId is { } conversationId)
        {
            FirstActivity(conversationId).TrySetResult(request);
            if (request.Path.Split('/') is { Length: 6 } parts)
            {
                FirstActivity(ReplyKey(Uri.UnescapeDataString(parts[5]))).TrySetResult(request);
            }
        }

        Recorded?.Invoke();
    }
}

/// <param name="Json">The JSON body, when there is one (activities, conversation parameters).</param>
/// <param name="Form">The form body, when there is one (token requests).</param>
/// <param name="Authorization">The Authorization header as sent, empty when none.</param>
public sealed record RecordedRequest(string Method, string Path, JsonNode? Json, IReadOnlyDictionary<string, string>? Form, string Authorization)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What the fake answered (499: the caller gave up first); 0 while the request is still being answered.</summary>
    public int Status { get; set; }

    /// <summary>When the request arrived: what retry and pacing tests measure.</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>An activity the bot replaced in place (PUT to one of a conversation's activities).</summary>
    public bool IsUpdate => Method == "PUT" && Path.StartsWith("/v3/conversations/", StringComparison.Ordinal) && Path.Contains("/activities/", StringComparison.Ordinal);

    /// <summary>The activity's card, serialized, or empty when it has none.</summary>
    public string CardJson =>
        Json is JsonObject activity && activity["attachments"] is JsonArray { Count: > 0 } attachments && attachments[0] is JsonObject attachment
            ? attachment["content"]?.ToJsonString(Readable) ?? ""
            : "";

    /// <summary>An activity the bot sent: a POST to a conversation's activities (a reply or a new message).</summary>
    public bool IsActivity => Method == "POST" && Path.StartsWith("/v3/conversations/", StringComparison.Ordinal) && Path.Contains("/activities", StringComparison.Ordinal);

    public string? Text => Json?["text"]?.GetValue<string>();

    public string? ConversationId => Path.Split('/') is { Length: > 3 } parts ? Uri.UnescapeDataString(parts[3]) : null;
}

/// <summary>A member as Teams' roster gives it: the mail address, and the user principal name (the same unless given).</summary>
public sealed record FakeMember(string Id, string Name, string? Email = null, string? AadObjectId = null, string? UserPrincipalName = null)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["aadObjectId"] = AadObjectId,
        ["email"] = Email,
        ["userPrincipalName"] = UserPrincipalName ?? Email,
    };
}

public sealed record FakeChannel(string Id, string? Name);
