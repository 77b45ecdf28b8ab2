using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>Completes writes that a crashed process left half-done. Safe on several instances: the repair only re-writes derived rows.</summary>
public sealed class ContactJournalRepair(IContactStore store, TimeProvider time, ILogger<ContactJournalRepair> logger) : BackgroundService
{
    /// <summary>A write in progress takes milliseconds; a journal row this old belongs to a writer that is gone.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Grace, time);
        do
        {
            try
            {
                var repaired = await store.RepairAsync(Grace, stoppingToken);
                if (repaired > 0)
                {
                    logger.LogWarning("Completed {Count} interrupted contact writes", repaired);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Contact journal repair failed; retrying in {Interval}", Grace);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
