using Azure;
using Azure.Data.Tables;
using Dre.Core.Audit;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// The <c>Journal</c> rows of contact writes: one per write, written before the contact and deleted once its indexes
/// agree with it, so that a write that stopped half-way is found and completed (see docs/storage.md).
/// </summary>
internal sealed class ContactJournal(StoreTables tables, TimeProvider time)
{
    public const string Partition = "contact";

    /// <summary>
    /// One row per write, never shared: every writer of an Outlook item writes the same contact id and revision, and a
    /// row they shared would be overwritten or deleted by a writer that lost the race while the winner still needs it.
    /// It also holds the write's audit entry until the entry is in the audit trail.
    /// </summary>
    public async Task<JournalRow> WriteAsync(Contact contact, IReadOnlyList<string> staleKeys, AuditRecord? change, CancellationToken cancellationToken)
    {
        var row = Row(contact, staleKeys, change);
        // An upsert, not an insert: the row key is this write's alone, and the SDK's retry of a write whose answer was
        // lost must not fail the whole contact write on the 409 of its own first try.
        var response = await tables.Journal.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        return new JournalRow(row.RowKey, ETagOf(response));
    }

    /// <summary>The rows of many new contacts' writes, in transactions of the one journal partition (upserts, as above).</summary>
    public async Task<IReadOnlyList<JournalRow>> WriteManyAsync(IReadOnlyList<(Contact Contact, AuditRecord? Change)> writes, CancellationToken cancellationToken)
    {
        var rows = new List<JournalRow>(writes.Count);
        var actions = writes.Select(w => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(w.Contact, [], w.Change)));
        foreach (var batch in TableBatches.Of(actions))
        {
            var responses = (await tables.Journal.SubmitTransactionAsync(batch, cancellationToken)).Value;
            rows.AddRange(batch.Select((a, i) => new JournalRow(a.Entity.RowKey, ETagOf(responses[i]))));
        }

        return rows;
    }

    /// <summary>Deletes the row only as it was written: a row found gone was already completed by the repair.</summary>
    public async Task ClearAsync(JournalRow row, CancellationToken cancellationToken) =>
        await tables.Journal.DeleteEntityAsync(Partition, row.RowKey, row.ETag, cancellationToken);

    /// <summary>
    /// Deletes the rows as <see cref="ClearAsync"/> does, in transactions; a transaction refused because the repair
    /// completed one of its rows first is done again row by row, where a row found gone is no failure.
    /// </summary>
    public async Task ClearManyAsync(IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken)
    {
        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition, r.RowKey) { ETag = r.ETag }, r.ETag));
        foreach (var batch in TableBatches.Of(actions))
        {
            try
            {
                await tables.Journal.SubmitTransactionAsync(batch, cancellationToken);
            }
            catch (TableTransactionFailedException)
            {
                foreach (var action in batch)
                {
                    await ClearAsync(new JournalRow(action.Entity.RowKey, action.ETag), cancellationToken);
                }
            }
        }
    }

    /// <summary>The stale keys of every write of the contact still in the journal.</summary>
    public async Task<List<string>> PendingStaleKeysAsync(string contactId, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {contactId + "-"} and RowKey lt {contactId + "."}");
        await foreach (var row in tables.Journal.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            stale.AddRange(StaleKeysOf(row));
        }

        return stale;
    }

    /// <summary>Rows older than the cut-off: their writers are gone.</summary>
    public IAsyncEnumerable<TableEntity> OlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        // Written at by the service's clock; rows from before that column are judged by the store's timestamp.
        tables.Journal.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and (WrittenAt lt {cutoff} or Timestamp lt {cutoff})"),
            cancellationToken: cancellationToken);

    /// <summary>The audit entry of the write that made <paramref name="previous"/>, if its journal row is still there (its writer died before the repair).</summary>
    public async Task<AuditRecord?> PendingChangeAsync(Contact previous, CancellationToken cancellationToken)
    {
        if (previous.ChangeId is not { } writeId)
        {
            return null;
        }

        var row = await tables.Journal.GetEntityIfExistsAsync<TableEntity>(Partition, Key(previous.Id, previous.Revision, writeId), cancellationToken: cancellationToken);
        return row.HasValue ? ChangeOf(row.Value!) : null;
    }

    public static AuditRecord? ChangeOf(TableEntity row) => StoreJson.Read<AuditRecord?>(row, "Change", null);

    public static IReadOnlyList<string> StaleKeysOf(TableEntity row) => StoreJson.Read<IReadOnlyList<string>>(row, "StaleKeys", []);

    private TableEntity Row(Contact contact, IReadOnlyList<string> staleKeys, AuditRecord? change)
    {
        var row = new TableEntity(Partition, Key(contact.Id, contact.Revision, contact.ChangeId ?? Guid.NewGuid().ToString("N")))
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

    private static ETag ETagOf(Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException("Table Storage answered a journal write without an ETag.");

    private static string Key(string contactId, int revision, string writeId) => $"{contactId}-{revision:D10}-{writeId}";
}

internal sealed record JournalRow(string RowKey, ETag ETag);
