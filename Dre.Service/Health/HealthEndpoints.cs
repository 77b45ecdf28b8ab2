using Dre.Core.Storage;

namespace Dre.Service.Health;

public static class HealthEndpoints
{
    /// <summary>GET /healthz: 200 when the store answers, 503 when it does not (App Service takes the instance out of rotation).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (StoreTables tables, ILogger<StoreTables> logger, CancellationToken cancellationToken) =>
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await tables.PingAsync(timeout.Token);
                return Results.Text("Healthy");
            }
            catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
            {
                logger.LogWarning(e, "Health check: the store does not answer");
                return Results.Text("Unhealthy: the store does not answer", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
