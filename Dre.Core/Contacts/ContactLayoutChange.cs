using Azure.Data.Tables;
using Dre.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>
/// A one-off rewrite of a store's contact rows written by an earlier version, run at start in the background. A row
/// in the journal marks the store as done, outside the partition the repair reads; until it is there every start runs
/// the rewrite again, so a rewrite is idempotent and safe beside live writes and beside another instance's run.
/// </summary>
public abstract class ContactLayoutChange(StoreTables tables, ILogger logger) : BackgroundService
{
    public const string Partition = "~backfill";

    protected StoreTables Tables { get; } = tables;

    protected ILogger Logger { get; } = logger;

    /// <summary>The marker's RowKey: name a new layout anew.</summary>
    protected abstract string Layout { get; }

    /// <returns>How many contacts the rewrite touched.</returns>
    protected abstract Task<int> RewriteAsync(CancellationToken cancellationToken);

    /// <summary>Called once the store is known to be on the layout, by this run or an earlier one.</summary>
    protected virtual void OnDone()
    {
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.LogError(e, "Bringing the contacts to layout {Layout} failed; it goes on at the next start", Layout);
        }
    }

    /// <returns>How many contacts were rewritten: none once the store is on the layout.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if ((await Tables.Journal.GetEntityIfExistsAsync<TableEntity>(Partition, Layout, cancellationToken: cancellationToken)).HasValue)
        {
            OnDone();
            return 0;
        }

        var count = await RewriteAsync(cancellationToken);
        await Tables.Journal.UpsertEntityAsync(new TableEntity(Partition, Layout) { ["Contacts"] = count }, cancellationToken: cancellationToken);
        OnDone();
        Logger.LogInformation("{Count} contacts brought to layout {Layout}", count, Layout);
        return count;
    }
}
