using Dre.Bot.Digest;
using Dre.Core.Digest;
using Microsoft.Extensions.Options;

namespace Dre.Service.Digest;

/// <summary>Teams' recipients, and for each subscriber with an address an e-mail copy when the digest mail is configured.</summary>
public sealed class DigestRecipientsWithMail(TeamsDigestRecipients teams, IOptions<DigestMailOptions> mail) : IDigestRecipients
{
    public async Task<IReadOnlyList<DigestRecipient>> ListAsync(DigestFrequency frequency, CancellationToken cancellationToken = default)
    {
        var recipients = await teams.ListAsync(frequency, cancellationToken);
        if (!mail.Value.Enabled)
        {
            return recipients;
        }

        return [.. recipients.SelectMany(r => r is { Route: DigestRoute.TeamsChat, Reader.Email: { } email }
            ? [r, r with { Route = DigestRoute.Mail, DisplayName = email }]
            : new[] { r })];
    }
}

/// <summary>Sends each recipient's digest the way its route says.</summary>
public sealed class DigestDeliveryByRoute(TeamsDigestDelivery teams, DigestMailDelivery mail) : IDigestDelivery
{
    public Task DeliverAsync(DigestRecipient recipient, WeeklyDigest digest, DigestProgress progress, CancellationToken cancellationToken = default) =>
        recipient.Route == DigestRoute.Mail
            ? mail.DeliverAsync(recipient, digest, progress, cancellationToken)
            : teams.DeliverAsync(recipient, digest, progress, cancellationToken);
}
