using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Storage;

/// <summary>
/// Prunes the claims of every table registered with <see cref="StoreServiceCollectionExtensions.AddClaimPruning"/>, at
/// start and then every <see cref="Interval"/> of the service's clock. Runs on every instance (see <see cref="ClaimPruner"/>).
/// </summary>
public sealed class ClaimPruning(StoreTables tables, IEnumerable<PrunedClaimTable> pruned, TimeProvider time, ILogger<ClaimPruning> logger) : BackgroundService
{
    /// <summary>Index partitions are hours: a claim goes at most an hour and this long after its retention.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pruner = new ClaimPruner(time);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            foreach (var name in pruned.Select(p => p.TableName).Distinct(StringComparer.Ordinal))
            {
                try
                {
                    var count = await pruner.PruneAsync(tables.Table(name), stoppingToken);
                    logger.LogInformation("Pruned {Count} expired claims from {Table}", count, name);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Pruning the claims of {Table} failed; retrying in {Interval}", name, Interval);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
