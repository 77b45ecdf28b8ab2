using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dre.Testing;

/// <summary>
/// Azurite behind a proxy that refuses, as Azure Table Storage does, every entity past <see cref="TableLimits"/>: a
/// single insert or update gets Azure's 400 with its error code, a batch gets Azure's 202 whose change set answers the
/// failing operation with that 400. Everything else is passed on untouched, shared-key signatures included (they sign
/// the path, which stays the same).
/// </summary>
public sealed class LimitEnforcingStore : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase) { "Host", "Content-Length", "Transfer-Encoding", "Connection" };

    private readonly WebApplication _app;
    private readonly HttpClient _azurite;

    private LimitEnforcingStore(WebApplication app, HttpClient azurite, int port)
    {
        _app = app;
        _azurite = azurite;
        ConnectionString = AzuriteServer.Shared.ConnectionString.Replace($":{AzuriteServer.Shared.Port}/", $":{port}/", StringComparison.Ordinal);
    }

    public string ConnectionString { get; }

    /// <summary>How many writes were refused, so that a test can tell the limit was reached rather than never tried.</summary>
    public int Refused { get; private set; }

    public static async Task<LimitEnforcingStore> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        var azurite = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{AzuriteServer.Shared.Port}") };
        var store = new LimitEnforcingStore(app, azurite, port);
        app.Run(store.HandleAsync);
        await app.StartAsync();
        return store;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        if (Refusal(context.Request, body) is { } refusal)
        {
            Refused++;
            await refusal(context.Response);
            return;
        }

        using var forward = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
        if (body.Length > 0 || context.Request.ContentLength is not null)
        {
            forward.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in context.Request.Headers.Where(h => !HopHeaders.Contains(h.Key)))
        {
            if (!forward.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                forward.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var answer = await _azurite.SendAsync(forward, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers).Where(h => !HopHeaders.Contains(h.Key)))
        {
            context.Response.Headers[name] = values.ToArray();
        }

        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static Func<HttpResponse, Task>? Refusal(HttpRequest request, byte[] body)
    {
        if (body.Length == 0 || HttpMethods.IsGet(request.Method) || HttpMethods.IsDelete(request.Method))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        if (!request.Path.Value!.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return JsonNode.Parse(text) is JsonObject entity && TableLimits.Violation(entity) is { } code
                ? response => WriteErrorAsync(response, code)
                : null;
        }

        // A batch's operations each carry their entity as one line of JSON; Azure answers the first that breaks a limit.
        var entities = text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('{')).ToList();
        for (var i = 0; i < entities.Count; i++)
        {
            if (JsonNode.Parse(entities[i]) is JsonObject entity && TableLimits.Violation(entity) is { } code)
            {
                var index = i;
                return response => WriteBatchErrorAsync(response, index, code);
            }
        }

        return null;
    }

    private static string ErrorJson(string code, string prefix) =>
        new JsonObject
        {
            ["odata.error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = new JsonObject { ["lang"] = "en-US", ["value"] = $"{prefix}The entity breaks a limit of Table Storage ({code})." },
            },
        }.ToJsonString();

    private static Task WriteErrorAsync(HttpResponse response, string code)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.Headers["x-ms-error-code"] = code;
        response.ContentType = "application/json;odata=minimalmetadata;streaming=true;charset=utf-8";
        return response.WriteAsync(ErrorJson(code, ""));
    }

    private static Task WriteBatchErrorAsync(HttpResponse response, int index, string code)
    {
        const string Batch = "batchresponse_limits";
        const string ChangeSet = "changesetresponse_limits";
        response.StatusCode = StatusCodes.Status202Accepted;
        response.ContentType = $"multipart/mixed; boundary={Batch}";
        var part = string.Create(CultureInfo.InvariantCulture, $"""
            --{Batch}
            Content-Type: multipart/mixed; boundary={ChangeSet}

            --{ChangeSet}
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            HTTP/1.1 400 Bad Request
            X-Content-Type-Options: nosniff
            Cache-Control: no-cache
            DataServiceVersion: 3.0;
            Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8

            {ErrorJson(code, $"{index}:")}
            --{ChangeSet}--
            --{Batch}--

            """);
        return response.WriteAsync(part.ReplaceLineEndings("\r\n"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _azurite.Dispose();
    }
}
