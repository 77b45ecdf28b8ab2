using Dre.Core.Digest;

namespace Dre.Store.Bench;

/// <summary>The bench's subscribers: a fixed list.</summary>
internal sealed class BenchRecipients(IReadOnlyList<DigestRecipient> recipients) : IDigestRecipients
{
    public Task<IReadOnlyList<DigestRecipient>> ListAsync(DigestFrequency frequency, CancellationToken cancellationToken = default) =>
        Task.FromResult(recipients);
}

/// <summary>A delivery that sends nothing, so that a slot run costs only its reads and its claims.</summary>
internal sealed class DiscardingDelivery : IDigestDelivery
{
    public Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, DigestProgress progress, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
