using Azure.Data.Tables;
using Dre.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>
/// Brings index rows written by an earlier version up to the current layout, once per store: week rows before they
/// carried their open follow-ups and their confidentiality and audience. Until it has run, the digest reads such rows
/// conservatively (no follow-ups; counted for DRE officers only). Idempotent: instances starting together, or one that
/// dies half-way and runs it again, rewrite the same rows; a row marks it done.
/// </summary>
public sealed class ContactIndexBackfill(StoreTables tables, TableContactStore store, ILogger<ContactIndexBackfill> logger) : BackgroundService
{
    /// <summary>The marker's keys, in the journal table, outside the partition the repair reads. Name a new layout anew.</summary>
    public const string Partition = "~backfill";
    public const string Layout = "week-rows-2";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Backfill of the index rows failed; it runs again at the next start");
        }
    }

    /// <returns>How many contacts were projected again: none once the store has been brought up to date.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if ((await tables.Journal.GetEntityIfExistsAsync<TableEntity>(Partition, Layout, cancellationToken: cancellationToken)).HasValue)
        {
            return 0;
        }

        var projected = await store.ProjectEveryContactAsync(cancellationToken);
        await tables.Journal.UpsertEntityAsync(new TableEntity(Partition, Layout) { ["Contacts"] = projected }, cancellationToken: cancellationToken);
        logger.LogInformation("Index rows of {Count} contacts brought to layout {Layout}", projected, Layout);
        return projected;
    }
}
