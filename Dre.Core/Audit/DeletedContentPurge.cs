using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dre.Core.Audit;

/// <summary>
/// Purges the content of contacts deleted longer ago than the retention period from the audit trail, every hour on every
/// instance: a purge rewrites entries to the same purged form, so two instances purging at once do no harm.
/// </summary>
public sealed class DeletedContentPurge(AuditTrail audit, IOptions<AuditOptions> options, TimeProvider time, ILogger<DeletedContentPurge> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var purged = await audit.PurgeDeletedAsync(time.GetUtcNow() - options.Value.DeletedContentRetention, stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Purged the content of {Count} deleted contacts from the audit trail", purged);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Purging deleted contacts' content failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
