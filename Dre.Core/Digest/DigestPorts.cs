using Dre.Core.Identity;

namespace Dre.Core.Digest;

/// <summary>Someone or somewhere a digest goes to: the managers' channel, or a manager who subscribed.</summary>
/// <param name="Key">Stable and unique: it keys the exactly-once claim.</param>
/// <param name="Reader">Whose eyes the digest is for: it decides what restricted content it may carry.</param>
public sealed record DigestRecipient(string Key, string DisplayName, DigestFrequency Frequency, UserContext Reader);

public interface IDigestRecipients
{
    Task<IReadOnlyList<DigestRecipient>> ListAsync(DigestFrequency frequency, CancellationToken cancellationToken = default);
}

public interface IDigestDelivery
{
    Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, CancellationToken cancellationToken = default);
}
