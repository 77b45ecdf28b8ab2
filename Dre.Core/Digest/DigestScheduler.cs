using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dre.Core.Digest;

/// <summary>
/// Wakes at each slot of each digest frequency and runs it. On start it runs the latest slot once more: claims make that
/// a no-op when the slot was sent, and a catch-up when the service was down at slot time.
/// </summary>
public sealed class DigestScheduler(DigestRunner runner, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enum.GetValues<DigestFrequency>().Select(f => RunAsync(DigestSchedule.From(options.Value, f), stoppingToken)));

    private async Task RunAsync(DigestSchedule schedule, CancellationToken stoppingToken)
    {
        var catchUpLimit = schedule.Frequency == DigestFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var wait = TimeSpan.Zero;
            try
            {
                if (schedule.LatestAtOrBefore(now) is { } slot && now - slot < catchUpLimit)
                {
                    var result = await runner.RunSlotAsync(schedule, slot, stoppingToken);
                    if (result.Failed > 0)
                    {
                        wait = RetryAfterFailure;
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The {Frequency} digest run failed; retrying in {Delay}", schedule.Frequency, RetryAfterFailure);
                wait = RetryAfterFailure;
            }

            if (wait == TimeSpan.Zero)
            {
                // From the moment this round started: a slot that fell during a long run is not skipped.
                var next = schedule.NextAfter(now) ?? now.AddDays(1);
                wait = next - time.GetUtcNow();
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken);
        }
    }
}
