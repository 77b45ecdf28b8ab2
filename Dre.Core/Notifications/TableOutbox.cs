using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Notifications;

/// <summary>
/// The outbox of channel summaries, in the table store. The contact store writes a row with every contact write (and its
/// journal repair re-writes it), so that a summary is never lost; a sender claims a due row with a lease just before it
/// sends it, so that another instance does not send the same one, and deletes a row only if no newer revision arrived
/// meanwhile. The lease (<c>LeasedUntil</c>) is a column of its own: a newer revision makes the row due again without
/// ending the lease, so no second sender takes the contact while the first is still sending it.
/// </summary>
public sealed class TableOutbox(StoreTables tables, TimeProvider time)
{
    public const string Partition = "summary";
    private const string LeasedUntil = "LeasedUntil";

    private TableClient Outbox { get; } = tables.Table(StoreTables.OutboxTable);

    internal static TableEntity RowFor(string contactId, int revision, DateTimeOffset dueAt) => new(Partition, contactId)
    {
        ["Revision"] = revision,
        ["DueAt"] = dueAt,
        ["Attempts"] = 0,
    };

    /// <summary>
    /// Announces a contact's new revision to the bot, which posts or updates its summary card in the portfolio's channel.
    /// One row per contact, replaced by each revision: the sender only ever sends the newest.
    /// </summary>
    public Task AnnounceAsync(string contactId, int revision, CancellationToken cancellationToken = default) =>
        Outbox.UpsertEntityAsync(RowFor(contactId, revision, time.GetUtcNow()), TableUpdateMode.Merge, cancellationToken);

    /// <summary>Announces several contacts (distinct ids) as <see cref="AnnounceAsync"/> does, in transactions of the outbox's one partition.</summary>
    public async Task AnnounceManyAsync(IReadOnlyList<(string ContactId, int Revision)> contacts, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        foreach (var batch in TableBatches.Of(contacts.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertMerge, RowFor(c.ContactId, c.Revision, now)))))
        {
            await Outbox.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    /// <summary>Due rows, each claimed for <paramref name="lease"/>; a row already claimed by another sender is skipped.</summary>
    public async Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var claimed = new List<OutboxItem>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and DueAt le {now}");
        await foreach (var row in Outbox.QueryAsync<TableEntity>(filter, maxPerPage: Math.Max(max, 8), cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset(LeasedUntil) > now)
            {
                continue;
            }

            row[LeasedUntil] = now + lease;
            try
            {
                var response = await Outbox.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge, cancellationToken);
                claimed.Add(new OutboxItem(row.RowKey, row.GetInt32("Revision") ?? 1, row.GetInt32("Attempts") ?? 0, response.Headers.ETag!.Value.ToString()));
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Another sender claimed it, or sent it, first.
            }

            if (claimed.Count == max)
            {
                break;
            }
        }

        return claimed;
    }

    /// <summary>Done: removes the row unless a newer revision was queued since the claim, which then goes out next.</summary>
    public async Task CompleteAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        try
        {
            await Outbox.DeleteEntityAsync(Partition, item.ContactId, new ETag(item.Version), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // A newer revision arrived while this one was being sent: it goes out next, not when the lease runs out.
            await ReleaseAsync(item.ContactId, cancellationToken);
        }
    }

    public async Task RetryLaterAsync(OutboxItem item, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var row = new TableEntity(Partition, item.ContactId)
        {
            ["DueAt"] = now + delay,
            ["Attempts"] = item.Attempts + 1,
            [LeasedUntil] = now,
        };
        try
        {
            await Outbox.UpdateEntityAsync(row, new ETag(item.Version), TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // A newer revision replaced the row: it is due now.
            await ReleaseAsync(item.ContactId, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Gone: nothing left to send.
        }
    }

    /// <summary>Ends this sender's lease on a row whose newer revision is waiting (the lease is still this sender's).</summary>
    private async Task ReleaseAsync(string contactId, CancellationToken cancellationToken)
    {
        try
        {
            await Outbox.UpdateEntityAsync(new TableEntity(Partition, contactId) { [LeasedUntil] = time.GetUtcNow() }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Sent and removed by another sender after this lease ran out.
        }
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await Outbox.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, select: ["RowKey"], cancellationToken: cancellationToken).CountAsync(cancellationToken);
}
