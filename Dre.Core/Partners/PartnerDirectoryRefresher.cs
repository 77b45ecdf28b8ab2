using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Partners;

/// <summary>
/// Keeps this instance's directory snapshot current off the request threads: every <see cref="Interval"/> one point
/// read of the version row, and a reload of the partition only when another instance (or this one) changed it.
/// </summary>
public sealed partial class PartnerDirectoryRefresher(TablePartnerDirectory directory, TimeProvider time, ILogger<PartnerDirectoryRefresher> logger) : BackgroundService
{
    /// <summary>How soon an edit made on another instance is served here; well under the directory's fallback age.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await directory.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, Interval);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the partner directory's version failed; the snapshot in memory is served, retrying in {Interval}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan interval);
}
