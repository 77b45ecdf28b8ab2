using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dre.Core.Imports;

/// <summary>
/// Runs the jobs nobody runs: the new ones, and those of a worker that died or of an instance that restarted, once
/// their lease has ended. Every instance has one; the job's claim makes sure one runs each job.
/// </summary>
public sealed class ImportWorker(ImportJobStore jobs, ImportRunner runner, ImportSignal signal, IOptions<ImportOptions> options, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Worker)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var id in await jobs.UnfinishedAsync(stoppingToken).ToListAsync(stoppingToken))
                {
                    await runner.TryRunAsync(id, stoppingToken);
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store is away: look again at the next interval.
                logger.LogWarning(e, "Looking for import jobs failed");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
