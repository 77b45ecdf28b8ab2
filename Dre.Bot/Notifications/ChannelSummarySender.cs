using Dre.Core.Notifications;
using Dre.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Notifications;

/// <summary>
/// Drains the outbox: claims due rows (a claim is a lease, so a second instance skips them), sends each contact's summary
/// and alerts, and deletes the row; a failure puts the row back with a delay (Retry-After, else jittered backoff). A row
/// is only ever deleted after its message went out, so a restart or a store outage delays messages but loses none.
/// </summary>
public sealed partial class ChannelSummarySender(
    TableOutbox outbox,
    ContactNotifier notifier,
    IOptions<NotificationOptions> options,
    DreMetrics metrics,
    TimeProvider time,
    ILogger<ChannelSummarySender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var storeFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<OutboxItem> batch;
            try
            {
                batch = await outbox.ClaimDueAsync(settings.BatchSize, settings.Lease, stoppingToken);
                storeFailures = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var pause = RetryDelay.For(storeFailures++, settings.RetryBaseDelay, settings.MaxRetryDelay);
                metrics.OutboxDeferred("store");
                LogStoreUnavailable(logger, e, pause);
                await Task.Delay(pause, time, stoppingToken);
                continue;
            }

            foreach (var item in batch)
            {
                await SendAsync(item, settings, stoppingToken);
            }

            if (batch.Count < settings.BatchSize)
            {
                await Task.Delay(settings.PollInterval, time, stoppingToken);
            }
        }
    }

    private async Task SendAsync(OutboxItem item, NotificationOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            await notifier.NotifyAsync(item, stoppingToken);
            await outbox.CompleteAsync(item, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            var retryAfter = (e as DeliveryException)?.RetryAfter;
            var delay = RetryDelay.For(item.Attempts, settings.RetryBaseDelay, settings.MaxRetryDelay, retryAfter);
            LogRetry(logger, e, item.ContactId, item.Attempts + 1, delay);
            metrics.OutboxDeferred((e as DeliveryException)?.Failure.ToString().ToLowerInvariant() ?? "error");
            try
            {
                await outbox.RetryLaterAsync(item, delay, stoppingToken);
            }
            catch (Exception stillFailing) when (stillFailing is not OperationCanceledException)
            {
                // The store is down too: the claim's lease expires and the row comes due again by itself.
                LogStoreUnavailable(logger, stillFailing, settings.Lease);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary of contact {ContactId} not sent (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, Exception exception, string contactId, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox is unreachable; trying again in {Delay}")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, TimeSpan delay);
}
