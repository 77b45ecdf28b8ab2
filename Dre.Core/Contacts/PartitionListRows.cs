using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// One row per index partition that holds what a read of that partition needs (a partner's timeline, its open
/// follow-ups), under a key after every index row's, so no range of the index meets it. A write of the partition's
/// index rows carries the row's update in the same transaction, conditional on the ETag read before: a concurrent writer
/// makes it fail with 412 and it is read and applied again. A row is built from the index by the first read that finds
/// none (or one a write could not keep whole), conditional on the ETag it read before querying, so that it never
/// overwrites what a write did meanwhile. See docs/storage.md.
/// </summary>
/// <typeparam name="T">What the row holds.</typeparam>
internal abstract class PartitionListRows<T>(TableClient table, string rowKey, TimeProvider time)
    where T : class
{
    /// <summary>Conflicts on a row before a write stops merging into it and leaves it to be built again.</summary>
    private const int MaxMerges = 3;

    /// <summary>The row as read: missing (no ETag), to be built (no value), or what it holds.</summary>
    public sealed record Read(ETag? ETag, T? Value);

    public async Task<Read> ReadAsync(string partition, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? new Read(row.Value!.ETag, row.Value.GetBoolean("Built") == true ? Parse(row.Value) : null) : new Read(null, null);
    }

    /// <summary>
    /// Writes a partition's index rows with the update of its row, in one transaction: <paramref name="rows"/> upserted,
    /// <paramref name="stale"/> row keys deleted, the row's value passed through <paramref name="apply"/> (null: to be
    /// built). Many writers of one partition at once (twenty attendees logging one meeting) would take turns on its row:
    /// after a few conflicts it is set, unconditionally, to be built again, which no concurrent update or build can undo.
    /// </summary>
    public async Task WriteAsync(string partition, IReadOnlyList<IndexRow> rows, IReadOnlyList<string> stale, Func<T, DateTimeOffset, T?> apply, Read? known, CancellationToken cancellationToken)
    {
        var read = known ?? await ReadAsync(partition, cancellationToken);
        var deletes = stale.ToList();
        if (rows.Count + deletes.Count >= 100)
        {
            // More than a transaction holds (a large import's partner): the rows first, then the row alone, which a
            // build that ran between them only makes fail once.
            foreach (var batch in TableBatches.Of(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity()))))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }

            await Task.WhenAll(deletes.Select(key => table.DeleteEntityAsync(partition, key, ETag.All, cancellationToken)));
            (rows, deletes) = ([], []);
        }

        for (var attempt = 0; ; attempt++)
        {
            var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity()))
                .Concat(deletes.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All)))
                .Append(attempt < MaxMerges ? Update(partition, read, apply) : new(TableTransactionActionType.UpsertReplace, ToBuild(partition)))
                .ToList();
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
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
                    read = await ReadAsync(partition, cancellationToken);
                }
            }
        }
    }

    /// <summary>What the row holds, built from the index by <see cref="BuildAsync"/> when it is missing or to be built.</summary>
    public async Task<T> GetAsync(string partition, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(partition, cancellationToken);
        if (read.Value is { } value)
        {
            return value;
        }

        var built = await BuildAsync(partition, time.GetUtcNow(), cancellationToken);
        var entity = Entity(partition, built);
        entity["Built"] = true;
        try
        {
            await (read.ETag is { } etag
                ? table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken)
                : table.AddEntityAsync(entity, cancellationToken));
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // A write came in meanwhile: what was read may miss it, so the row is left to be read again; this read's answer stands.
        }

        return built;
    }

    /// <summary>The value built from the partition's index rows, read now.</summary>
    protected abstract Task<T> BuildAsync(string partition, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The row's columns for a value, besides <c>Built</c>.</summary>
    protected abstract TableEntity Entity(string partition, T value);

    protected abstract T Parse(TableEntity entity);

    private TableTransactionAction Update(string partition, Read read, Func<T, DateTimeOffset, T?> apply)
    {
        var next = read.Value is { } value ? apply(value, time.GetUtcNow()) : null;
        var entity = next is null ? ToBuild(partition) : Entity(partition, next);
        entity["Built"] = next is not null;
        return read.ETag is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, entity);
    }

    private TableEntity ToBuild(string partition) => new(partition, rowKey) { ["Built"] = false };
}
