using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>
/// Moves the Contacts rows of a store written before the table was sharded (one partition per contact, RowKey "") into
/// their shard (<see cref="ContactKeys"/>), at start, in the background. Until the store is moved, a read or an add that
/// misses the shard first moves the old row of that id, so that the service answers as before while the move runs,
/// and every write, which goes to the shard only, finds the row it replaces. Nothing writes an old row any more, so a
/// move is a copy then a delete: instances moving one row together, or one that dies between the two, leave the same
/// result, and a restart goes on with the old rows that are left. A row in the journal marks the store as moved.
/// </summary>
public sealed class ContactKeyMigration(StoreTables tables, ILogger<ContactKeyMigration> logger) : ContactLayoutChange(tables, logger)
{
    private const int ProgressEvery = 1_000;

    private volatile bool _moved;

    protected override string Layout => "contacts-sharded";

    protected override void OnDone() => _moved = true;

    protected override async Task<int> RewriteAsync(CancellationToken cancellationToken)
    {
        var moved = 0;
        var old = TableClient.CreateQueryFilter($"RowKey eq {ContactKeys.LegacyRowKey}");
        await foreach (var row in Tables.Contacts.QueryAsync<TableEntity>(old, cancellationToken: cancellationToken))
        {
            await MoveAsync(row, cancellationToken);
            if (++moved % ProgressEvery == 0)
            {
                Logger.LogInformation("Moved {Count} contacts to their shards so far", moved);
            }
        }

        return moved;
    }

    /// <summary>Moves the old row of a contact, if the store may still hold one, so that its shard holds it after this.</summary>
    /// <returns>
    /// False once the store is moved: a read that missed the shard then missed for good. True otherwise, even when this
    /// call found no old row, since another instance may have moved it into the shard meanwhile.
    /// </returns>
    public async Task<bool> MoveIfOldAsync(string contactId, CancellationToken cancellationToken)
    {
        if (_moved)
        {
            return false;
        }

        var old = await Tables.Contacts.GetEntityIfExistsAsync<TableEntity>(contactId, ContactKeys.LegacyRowKey, cancellationToken: cancellationToken);
        if (old.HasValue)
        {
            await MoveAsync(old.Value!, cancellationToken);
        }

        return true;
    }

    private async Task MoveAsync(TableEntity old, CancellationToken cancellationToken)
    {
        try
        {
            // Through the domain type, so that the moved row is what the current version writes.
            await Tables.Contacts.AddEntityAsync(ContactEntity.From(ContactEntity.To(old)), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Moved by another instance, or by this one before it died: the copy is there and nothing changed the old row.
        }

        try
        {
            await Tables.Contacts.DeleteEntityAsync(old.PartitionKey, old.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Deleted by whoever moved it first.
        }
    }
}
