using Dre.Core.Notifications;
using Dre.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Notifications;

/// <summary>
/// Drains the outbox: claims a due row (a claim is a lease, so a second instance skips it) right before sending that
/// contact's summary and alerts, then deletes the row; a failed send puts the row back with a delay (Retry-After, else
/// jittered backoff). Claiming one row at a time keeps a lease as long as one send, not a whole batch, however slow
/// the connector. A row is only ever deleted after its message went out, so a restart or a store outage delays messages
/// but loses none; a row whose send succeeded is never put back (a repeat is skipped: the card records its revision).
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
            var sent = 0;
            try
            {
                while (sent < settings.BatchSize && (await outbox.ClaimDueAsync(1, settings.Lease, stoppingToken)).SingleOrDefault() is { } item)
                {
                    storeFailures = 0;
                    await SendAsync(item, settings, stoppingToken);
                    sent++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var pause = RetryDelay.For(storeFailures++, settings.RetryBaseDelay, settings.MaxRetryDelay);
                metrics.OutboxDeferred("store");
                LogStoreUnavailable(logger, e, pause);
                await Task.Delay(pause, time, stoppingToken);
                continue;
            }

            if (sent < settings.BatchSize)
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

            return;
        }

        try
        {
            await outbox.CompleteAsync(item, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Sent, but the row could not be removed: the lease runs out, and the next claim finds the card up to date.
            LogStoreUnavailable(logger, e, settings.Lease);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary of contact {ContactId} not sent (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, Exception exception, string contactId, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox is unreachable; trying again in {Delay}")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, TimeSpan delay);
}
