using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// Each partner's <see cref="PartnerTimeline"/>, as the row <c>~timeline</c> of its <c>ContactsByPartner</c> partition
/// (after every index row's key, so no range of contacts meets it). A write of the partition's index rows carries the
/// row's update in the same transaction, conditional on the ETag read before: a concurrent writer makes it fail with
/// 412 and it is read and applied again. A row is built from the index by the first status read that finds none (or
/// one a write could not keep without a gap), conditional on the ETag it read before querying, so that it never
/// overwrites what a write did meanwhile. See docs/storage.md.
/// </summary>
internal sealed class PartnerTimelineRows(StoreTables tables, TimeProvider time)
{
    public const string RowKey = "~timeline";

    /// <summary>Conflicts on a partner's row before a write stops merging into it and leaves it to be built again.</summary>
    private const int MaxMerges = 3;

    /// <summary>The row as read: missing (no ETag), to be built (no timeline), or the timeline.</summary>
    public sealed record Read(ETag? ETag, PartnerTimeline? Timeline);

    public async Task<Read> ReadAsync(string partnerId, CancellationToken cancellationToken)
    {
        var row = await tables.ContactsByPartner.GetEntityIfExistsAsync<TableEntity>(partnerId, RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? new Read(row.Value!.ETag, TimelineOf(row.Value)) : new Read(null, null);
    }

    /// <summary>
    /// Writes a partner's index rows with the update of its timeline, in one transaction: <paramref name="rows"/>
    /// upserted, <paramref name="stale"/> row keys deleted, the timeline given each contact's row of it (null: none).
    /// Many writers of one partner at once (twenty attendees logging one meeting) would take turns on its row: after a
    /// few conflicts the row is set, unconditionally, to be built again, which no concurrent update or build can undo.
    /// </summary>
    public async Task WriteAsync(
        string partnerId, IReadOnlyList<IndexRow> rows, IReadOnlyList<string> stale, IReadOnlyList<(string ContactId, ContactSummary? Row)> changes,
        Read? known, CancellationToken cancellationToken)
    {
        var read = known ?? await ReadAsync(partnerId, cancellationToken);
        var deletes = stale.ToList();
        if (rows.Count + deletes.Count >= 100)
        {
            // More than a transaction holds (a large import's partner): the rows first, then the timeline alone,
            // which a build that ran between them only makes fail once.
            foreach (var batch in TableBatches.Of(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity()))))
            {
                await tables.ContactsByPartner.SubmitTransactionAsync(batch, cancellationToken);
            }

            await Task.WhenAll(deletes.Select(key => tables.ContactsByPartner.DeleteEntityAsync(partnerId, key, ETag.All, cancellationToken)));
            (rows, deletes) = ([], []);
        }

        for (var attempt = 0; ; attempt++)
        {
            var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity()))
                .Concat(deletes.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partnerId, key), ETag.All)))
                .Append(attempt < MaxMerges ? Update(partnerId, read, changes) : new(TableTransactionActionType.UpsertReplace, ToBuild(partnerId)))
                .ToList();
            try
            {
                await tables.ContactsByPartner.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is { } index)
            {
                if (index < rows.Count || e.Status is not (404 or 409 or 412) || (index == actions.Count - 1 && attempt >= MaxMerges))
                {
                    throw;
                }

                if (index < rows.Count + deletes.Count)
                {
                    // A stale row gone already (the repair, or another writer of this contact): nothing to delete.
                    deletes.RemoveAt(index - rows.Count);
                }
                else
                {
                    read = await ReadAsync(partnerId, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// The partner's timeline, built from its index rows when the row is missing or to be built: the newest rows
    /// started by now (one more than kept, to know whether there are others) and every row after now, at once.
    /// </summary>
    public async Task<PartnerTimeline> GetAsync(string partnerId, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(partnerId, cancellationToken);
        if (read.Timeline is { } timeline)
        {
            return timeline;
        }

        var now = time.GetUtcNow();
        var past = Rows(partnerId, ContactLimits.Earliest, now.AddTicks(1), PartnerTimeline.Bound + 1, cancellationToken);
        var future = Rows(partnerId, now.AddTicks(1), ContactLimits.ListedUntil(now), null, cancellationToken);
        await Task.WhenAll(past, future);
        var built = PartnerTimeline.Of(await past, await future, now);
        var entity = Entity(partnerId, built);
        try
        {
            await (read.ETag is { } etag
                ? tables.ContactsByPartner.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken)
                : tables.ContactsByPartner.AddEntityAsync(entity, cancellationToken));
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // A write came in meanwhile: what was read may miss it, so the row is left to be read again; this read's answer stands.
        }

        return built;
    }

    /// <summary>The row's next version: the timeline with each change, a row to build when it had none (or lost it), inserted when missing.</summary>
    private TableTransactionAction Update(string partnerId, Read read, IReadOnlyList<(string ContactId, ContactSummary? Row)> changes)
    {
        var now = time.GetUtcNow();
        var next = read.Timeline;
        foreach (var (contactId, row) in changes)
        {
            next = next?.With(contactId, row, now);
        }

        var entity = next is null ? ToBuild(partnerId) : Entity(partnerId, next);
        return read.ETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, entity);
    }

    private async Task<IReadOnlyList<ContactSummary>> Rows(string partnerId, DateTimeOffset from, DateTimeOffset to, int? take, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partnerId} and RowKey ge {TableKeys.NewestFirst(to.AddTicks(-1))} and RowKey lt {TableKeys.NewestFirst(from) + "~"}");
        var rows = tables.ContactsByPartner.QueryAsync<TableEntity>(filter, maxPerPage: take, cancellationToken: cancellationToken).Select(ContactIndexes.ReadSummary);
        return await (take is { } most ? rows.Take(most) : rows).ToListAsync(cancellationToken);
    }

    private static TableEntity ToBuild(string partnerId) => new(partnerId, RowKey) { ["Built"] = false };

    private static TableEntity Entity(string partnerId, PartnerTimeline timeline)
    {
        var entity = new TableEntity(partnerId, RowKey)
        {
            ["Built"] = true,
            ["PastComplete"] = timeline.PastComplete,
            ["FutureComplete"] = timeline.FutureComplete,
            ["WrittenAt"] = timeline.WrittenAt,
        };
        StoreJson.Write(entity, "Past", timeline.Past);
        StoreJson.Write(entity, "Future", timeline.Future);
        return entity;
    }

    private static PartnerTimeline? TimelineOf(TableEntity entity) => entity.GetBoolean("Built") == true
        ? new PartnerTimeline(
            StoreJson.Read<IReadOnlyList<ContactSummary>>(entity, "Past", []),
            entity.GetBoolean("PastComplete") == true,
            StoreJson.Read<IReadOnlyList<ContactSummary>>(entity, "Future", []),
            entity.GetBoolean("FutureComplete") == true,
            entity.GetDateTimeOffset("WrittenAt") ?? DateTimeOffset.MinValue)
        : null;
}
