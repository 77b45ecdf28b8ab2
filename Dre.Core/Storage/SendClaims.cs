using Azure;
using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>
/// Who sends a message, decided in the table store so that it goes out once across restarts and instances: an insert-only
/// claim row per message, marked sent afterwards. A claim left by a crashed sender expires after its lease and is taken
/// over; a claim marked sent is never taken again. The only window for a repeat is a crash between the send and the mark.
/// </summary>
public sealed class SendClaims(TableClient table, TimeProvider time)
{
    private readonly string _owner = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The claim row, or null when the message was sent or another sender holds it.</summary>
    public async Task<TableEntity?> TryClaimAsync(string partitionKey, string rowKey, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var claim = new TableEntity(partitionKey, rowKey)
        {
            ["State"] = "sending",
            ["Owner"] = _owner,
            ["LeaseUntil"] = now + lease,
        };
        try
        {
            await table.AddEntityAsync(claim, cancellationToken);
            return claim;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await table.GetEntityAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)).Value;
            if (existing.GetString("State") == "sent" || existing.GetDateTimeOffset("LeaseUntil") > now)
            {
                return null;
            }

            try
            {
                await table.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return claim;
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412)
            {
                return null;
            }
        }
    }

    public async Task MarkSentAsync(TableEntity claim, CancellationToken cancellationToken = default)
    {
        claim["State"] = "sent";
        claim["SentAt"] = time.GetUtcNow();
        await table.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The send failed: the claim may be taken again at once.</summary>
    public async Task ReleaseAsync(TableEntity claim, CancellationToken cancellationToken = default)
    {
        claim["State"] = "failed";
        claim["LeaseUntil"] = time.GetUtcNow();
        await table.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }
}
