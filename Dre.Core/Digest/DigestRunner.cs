using Dre.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Digest;

/// <summary>
/// Sends one slot's digest to every recipient exactly once, across restarts and instances, through a claim per slot and
/// recipient (<see cref="LeaseClaims"/>).
/// </summary>
public sealed class DigestRunner(
    StoreTables tables,
    DigestBuilder builder,
    IDigestRecipients recipients,
    IDigestDelivery delivery,
    TimeProvider time,
    Telemetry.DreMetrics metrics,
    ILogger<DigestRunner> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly LeaseClaims _claims = new(tables.Table(StoreTables.DigestClaimsTable), time);

    public async Task<DigestRunResult> RunSlotAsync(DigestSchedule schedule, DateTimeOffset slot, CancellationToken cancellationToken = default)
    {
        var slotKey = schedule.SlotKey(slot);
        var sent = 0;
        var skipped = 0;
        var failed = 0;
        // Read once for every recipient, when the first one is claimed; each digest is then filtered for its reader.
        DigestSlot? data = null;
        foreach (var recipient in await recipients.ListAsync(schedule.Frequency, cancellationToken))
        {
            var recipientKey = TableKeys.Hash(recipient.Key);
            if (await _claims.TryClaimAsync(slotKey, recipientKey, Lease, cancellationToken) != ClaimOutcome.Claimed)
            {
                skipped++;
                continue;
            }

            try
            {
                data ??= await builder.SlotAsync(schedule, slot, cancellationToken);
                var digest = builder.For(schedule, data, recipient.Reader);

                var progress = new DigestProgress(
                    await _claims.ProgressAsync(slotKey, recipientKey, cancellationToken),
                    (pages, token) => _claims.RecordProgressAsync(slotKey, recipientKey, pages, Lease, token));
                await delivery.DeliverAsync(recipient, digest, progress, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                logger.LogError(e, "Digest {Slot} to {Recipient} failed; it will be retried from the first page not sent", slotKey, recipient.DisplayName);
                await _claims.ReleaseAsync(slotKey, recipientKey, cancellationToken);
                continue;
            }

            // Sent: from here on the claim is never released, whatever the store answers.
            if (!await _claims.TryCompleteAsync(slotKey, recipientKey, cancellationToken))
            {
                logger.LogWarning("Digest {Slot} sent to {Recipient} but not marked done; its recorded pages keep it from going out again", slotKey, recipient.DisplayName);
            }

            metrics.DigestSent(schedule.Frequency.ToString());
            sent++;
            logger.LogInformation("Digest {Slot} sent to {Recipient}", slotKey, recipient.DisplayName);
        }

        return new DigestRunResult(sent, skipped, failed);
    }
}

public sealed record DigestRunResult(int Sent, int Skipped, int Failed);
