using Dre.Core.Identity;
using Microsoft.Extensions.Options;

namespace Dre.Core.Digest;

/// <summary>"digest preview": the digest the next slot will send, built now, for whoever asks and as they may see it.</summary>
public sealed class DigestPreview(DigestBuilder builder, IOptions<DigestOptions> options, TimeProvider time)
{
    public Task<WeeklyDigest> BuildAsync(UserContext reader, DigestFrequency frequency = DigestFrequency.Weekly, CancellationToken cancellationToken = default)
    {
        var schedule = DigestSchedule.From(options.Value, frequency);
        var now = time.GetUtcNow();
        return builder.BuildAsync(schedule, schedule.NextAfter(now) ?? now, reader, cancellationToken);
    }
}
