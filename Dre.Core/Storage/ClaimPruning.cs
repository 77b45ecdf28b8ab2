using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Storage;

/// <summary>
/// Prunes the claims of every table registered with <see cref="StoreServiceCollectionExtensions.AddClaimPruning"/>, at
/// start and then every <see cref="Interval"/> of the service's clock, after the once-only scan of the rows written
/// before claims expired (<see cref="ClaimBackfill"/>). Runs on every instance (see <see cref="ClaimPruner"/>).
/// </summary>
public sealed partial class ClaimPruning(StoreTables tables, IEnumerable<PrunedClaimTable> pruned, TimeProvider time, ILogger<ClaimPruning> logger) : BackgroundService
{
    /// <summary>Index partitions are hours: a claim goes at most an hour and this long after its retention.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    private readonly ClaimPruner _pruner = new(time);
    private readonly ClaimBackfill _backfill = new(time);
    private readonly HashSet<string> _backfilled = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A table registered twice keeps the longer retention, which its older rows must be kept for.
        var registered = pruned.GroupBy(p => p.TableName, StringComparer.Ordinal).Select(g => g.MaxBy(p => p.Retention)!).ToList();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            foreach (var table in registered)
            {
                try
                {
                    await PruneAsync(table, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e, table.TableName, Interval);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PruneAsync(PrunedClaimTable registered, CancellationToken cancellationToken)
    {
        var table = tables.Table(registered.TableName);
        if (!_backfilled.Contains(registered.TableName) && await _backfill.RunOnceAsync(table, registered.Retention, cancellationToken) is { } older)
        {
            _backfilled.Add(registered.TableName);
            if (older > 0)
            {
                LogBackfilled(logger, older, registered.TableName);
            }
        }

        var count = await _pruner.PruneAsync(table, cancellationToken);
        if (count > 0)
        {
            LogPruned(logger, count, registered.TableName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} expired claims from {Table}")]
    private static partial void LogPruned(ILogger logger, int count, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted or gave an expiry to {Count} claims of {Table} written before claims expired")]
    private static partial void LogBackfilled(ILogger logger, int count, string table);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pruning the claims of {Table} failed; retrying in {Interval}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string table, TimeSpan interval);
}
