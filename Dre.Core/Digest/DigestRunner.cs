using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Digest;

/// <summary>
/// Sends one slot's digest to every recipient exactly once, across restarts and instances: an insert-only claim row per
/// slot and recipient decides who sends, and is marked sent afterwards. A claim left by a crashed sender expires
/// after a lease and is taken over; what was marked sent is never sent again.
/// </summary>
public sealed class DigestRunner(
    StoreTables tables,
    DigestBuilder builder,
    IDigestRecipients recipients,
    IDigestDelivery delivery,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];

    private TableClient Claims => tables.Table(StoreTables.DigestClaimsTable);

    public async Task<DigestRunResult> RunSlotAsync(DigestSchedule schedule, DateTimeOffset slot, CancellationToken cancellationToken = default)
    {
        var slotKey = schedule.SlotKey(slot);
        var sent = 0;
        var skipped = 0;
        var failed = 0;
        var digests = new Dictionary<string, WeeklyDigest>(StringComparer.Ordinal);
        foreach (var recipient in await recipients.ListAsync(schedule.Frequency, cancellationToken))
        {
            var claim = await TryClaimAsync(slotKey, recipient.Key, cancellationToken);
            if (claim is null)
            {
                skipped++;
                continue;
            }

            try
            {
                // Readers with the same rights see the same digest: build it once per kind of reader.
                var readerKey = recipient.Reader.IsDreOfficer ? "officer:" + recipient.Reader.UserId : "staff";
                if (!digests.TryGetValue(readerKey, out var digest))
                {
                    digests[readerKey] = digest = await builder.BuildAsync(schedule, slot, recipient.Reader, cancellationToken);
                }

                await delivery.DeliverAsync(recipient, digest, cancellationToken);
                claim["State"] = "sent";
                claim["SentAt"] = time.GetUtcNow();
                await Claims.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Merge, cancellationToken);
                sent++;
                logger.LogInformation("Digest {Slot} sent to {Recipient}", slotKey, recipient.DisplayName);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                logger.LogError(e, "Digest {Slot} to {Recipient} failed; it will be retried", slotKey, recipient.DisplayName);
                claim["State"] = "failed";
                claim["LeaseUntil"] = time.GetUtcNow();
                await Claims.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Merge, cancellationToken);
            }
        }

        return new DigestRunResult(sent, skipped, failed);
    }

    private async Task<TableEntity?> TryClaimAsync(string slotKey, string recipientKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claim = new TableEntity(slotKey, TableKeys.Hash(recipientKey))
        {
            ["Recipient"] = recipientKey,
            ["State"] = "sending",
            ["Owner"] = _instance,
            ["LeaseUntil"] = now + Lease,
        };
        try
        {
            await Claims.AddEntityAsync(claim, cancellationToken);
            return claim;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await Claims.GetEntityAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: cancellationToken)).Value;
            if (existing.GetString("State") == "sent" || existing.GetDateTimeOffset("LeaseUntil") > now)
            {
                return null;
            }

            try
            {
                await Claims.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return claim;
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412)
            {
                return null;
            }
        }
    }
}

public sealed record DigestRunResult(int Sent, int Skipped, int Failed);
