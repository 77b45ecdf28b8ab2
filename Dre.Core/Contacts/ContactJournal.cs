using Azure;
using Azure.Data.Tables;
using Dre.Core.Audit;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// The journal of contact writes: one marker row per write, in the contact's own shard of the <c>Contacts</c> table,
/// committed in one transaction with the contact and deleted, again with the contact, once its indexes agree with it
/// (see docs/storage.md). A marker therefore exists only for a write that happened, and the repair finds each shard's
/// markers in one key range, without reading the contacts around them.
/// </summary>
internal sealed class ContactJournal(StoreTables tables, TimeProvider time)
{
    /// <summary>Markers sort after every contact id (<c>k…</c>, <c>c…</c>), so that a range of contacts never meets one.</summary>
    public const string Prefix = "~journal-";

    private const string PrefixEnd = "~journal.";

    private readonly LegacyContactJournal _legacy = new(tables);

    /// <summary>
    /// The marker of one write, never shared: every writer of an Outlook item writes the same contact id and revision,
    /// and a row they shared would be deleted by a writer that lost the race while the winner still needs it. It holds
    /// the index rows the write makes stale and the write's audit entry until both are dealt with.
    /// </summary>
    public TableEntity Marker(Contact contact, IReadOnlyList<string> staleKeys, AuditRecord? change)
    {
        var row = new TableEntity(ContactKeys.Partition(contact.Id), Key(contact.Id, contact.Revision, contact.ChangeId ?? Guid.NewGuid().ToString("N")))
        {
            ["ContactId"] = contact.Id,
            ["WrittenAt"] = time.GetUtcNow(),
            ["ChangeId"] = contact.ChangeId,
        };
        StoreJson.Write(row, "StaleKeys", staleKeys);
        if (change is not null)
        {
            StoreJson.Write(row, "Change", change);
        }

        return row;
    }

    /// <summary>
    /// The write's last step: its marker deleted as it was written, in one transaction with a merge of nothing into the
    /// contact on the condition that it is still as this writer left it. A concurrent writer's newer revision makes the
    /// transaction fail with 412 (and keeps the marker), where a read after our index rows used to catch it.
    /// </summary>
    public static IReadOnlyList<TableTransactionAction> Clear(JournalMarker marker, string contactId, ETag contact) =>
    [
        new(TableTransactionActionType.Delete, new TableEntity(ContactKeys.Partition(contactId), marker.RowKey), marker.ETag),
        new(TableTransactionActionType.UpdateMerge, new TableEntity(ContactKeys.Partition(contactId), contactId), contact),
    ];

    public static bool IsMarker(TableEntity row) => row.RowKey.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The stale keys of every write of the contact still journalled.</summary>
    public async Task<List<string>> PendingStaleKeysAsync(string contactId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ContactKeys.Partition(contactId)} and RowKey gt {Key(contactId)} and RowKey lt {Key(contactId)[..^1] + "."}");
        var markers = tables.Contacts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();
        var legacy = _legacy.PendingStaleKeysAsync(contactId, cancellationToken);
        await Task.WhenAll(markers, legacy);
        return [.. (await markers).SelectMany(StaleKeysOf), .. await legacy];
    }

    /// <summary>
    /// Markers older than the cut-off, whose writers are gone: one key-range query per shard, a few at a time; then the
    /// rows of the journal table that writes used before the markers.
    /// </summary>
    public async IAsyncEnumerable<TableEntity> OlderThanAsync(DateTimeOffset cutoff, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var shards in ContactKeys.Partitions.Chunk(16))
        {
            var reads = shards.Select(shard => tables.Contacts.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {shard} and RowKey ge {Prefix} and RowKey lt {PrefixEnd} and WrittenAt lt {cutoff}"),
                cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask()).ToList();
            await Task.WhenAll(reads);
            foreach (var row in reads.SelectMany(r => r.Result))
            {
                yield return row;
            }
        }

        await foreach (var row in _legacy.OlderThanAsync(cutoff, cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>The audit entry of the write that made <paramref name="previous"/>, if it is still journalled (its writer died before the repair).</summary>
    public async Task<AuditRecord?> PendingChangeAsync(Contact previous, CancellationToken cancellationToken)
    {
        if (previous.ChangeId is not { } writeId)
        {
            return null;
        }

        var marker = tables.Contacts.GetEntityIfExistsAsync<TableEntity>(ContactKeys.Partition(previous.Id), Key(previous.Id, previous.Revision, writeId), cancellationToken: cancellationToken);
        var legacy = _legacy.PendingChangeAsync(previous, writeId, cancellationToken);
        await Task.WhenAll(marker, legacy);
        return (await marker).HasValue ? ChangeOf((await marker).Value!) : await legacy;
    }

    /// <summary>Whether this write's marker is there: then its transaction was committed, whatever its answer said.</summary>
    public async Task<JournalMarker?> FindAsync(TableEntity marker, CancellationToken cancellationToken) =>
        await tables.Contacts.GetEntityIfExistsAsync<TableEntity>(marker.PartitionKey, marker.RowKey, ["PartitionKey"], cancellationToken) is { HasValue: true } found
            ? new JournalMarker(marker.RowKey, found.Value!.ETag)
            : null;

    /// <summary>Deletes a row the repair completed, only as it was read: a row found gone was completed by another instance.</summary>
    public async Task ClearAsync(TableEntity row, CancellationToken cancellationToken)
    {
        if (IsMarker(row))
        {
            await tables.Contacts.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        else
        {
            await _legacy.ClearAsync(row, cancellationToken);
        }
    }

    public static AuditRecord? ChangeOf(TableEntity row) => StoreJson.Read<AuditRecord?>(row, "Change", null);

    public static IReadOnlyList<string> StaleKeysOf(TableEntity row) => StoreJson.Read<IReadOnlyList<string>>(row, "StaleKeys", []);

    private static string Key(string contactId, int revision, string writeId) => $"{Key(contactId)}{revision:D10}-{writeId}";

    private static string Key(string contactId) => $"{Prefix}{contactId}-";
}

/// <summary>A marker as committed: its key and the ETag it was written with.</summary>
internal sealed record JournalMarker(string RowKey, ETag ETag);
