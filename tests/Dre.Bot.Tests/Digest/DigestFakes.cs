using System.Collections.Concurrent;
using Dre.Core.Digest;
using Dre.Core.Identity;

namespace Dre.Bot.Tests.Digest;

internal sealed class FixedRecipients(params DigestRecipient[] recipients) : IDigestRecipients
{
    public Task<IReadOnlyList<DigestRecipient>> ListAsync(DigestFrequency frequency, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DigestRecipient>>(recipients.Where(r => r.Frequency == frequency).ToList());

    public static DigestRecipient Manager(string key) =>
        new(DigestRoute.TeamsChat, key, key, DigestFrequency.Weekly, new UserContext(key, key, null, new HashSet<Role> { Role.Staff, Role.Manager }));
}

/// <summary>A digest of several pages to one recipient, whose post of one page fails once, as a connector's 502 would.</summary>
internal sealed class PagedDelivery(int pages, int failOnPage) : IDigestDelivery
{
    private bool _failed;

    /// <summary>The pages posted, in order, across every run.</summary>
    public List<int> Sent { get; } = [];

    public async Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, DigestProgress progress, CancellationToken cancellationToken = default)
    {
        for (var page = progress.PagesSent + 1; page <= pages; page++)
        {
            if (page == failOnPage && !_failed)
            {
                _failed = true;
                throw new HttpRequestException("502 Bad Gateway");
            }

            Sent.Add(page);
            await progress.PageSentAsync(cancellationToken);
        }
    }
}

/// <summary>Records deliveries; can be told to fail for some recipients, as a channel that answers 5xx would.</summary>
internal sealed class RecordingDelivery : IDigestDelivery
{
    public ConcurrentBag<(string Recipient, WeeklyDigest Digest)> Delivered { get; } = [];

    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();

    public async Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, DigestProgress progress, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        if (FailuresLeft.TryGetValue(recipient.Id, out var left) && left > 0)
        {
            FailuresLeft[recipient.Id] = left - 1;
            throw new HttpRequestException("502 Bad Gateway");
        }

        Delivered.Add((recipient.Id, digest));
        await progress.PageSentAsync(cancellationToken);
    }

    public int CountFor(string key) => Delivered.Count(d => d.Recipient == key);
}
