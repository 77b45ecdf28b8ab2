using Dre.Core.Briefings;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Briefings;

/// <summary>Looks for briefings that came due every poll interval; a failed pass is tried again at the next.</summary>
public sealed partial class BriefingScheduler(BriefingSender sender, IOptions<BriefingOptions> options, TimeProvider time, ILogger<BriefingScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A briefing pass failed; the next pass tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
