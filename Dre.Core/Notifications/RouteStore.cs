using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Notifications;

/// <summary>Which channel each portfolio's news, and the managers' digest, go to. Who may change that is <see cref="ChannelRouting"/>'s call.</summary>
public interface IRouteStore
{
    Task SetRouteAsync(RouteTarget target, string channelKey, string setBy, CancellationToken cancellationToken = default);

    /// <summary>Stops posting <paramref name="target"/> to the channel, unless it was moved elsewhere meanwhile.</summary>
    Task ClearRouteAsync(RouteTarget target, string channelKey, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<RouteTarget, string>> GetRoutesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Routes as rows of one partition: there are eight at most, read together.</summary>
public sealed class TableRouteStore(StoreTables tables, TimeProvider time) : IRouteStore
{
    private const string RoutePartition = "route";

    private TableClient Routes { get; } = tables.Table(StoreTables.RoutesTable);

    public async Task SetRouteAsync(RouteTarget target, string channelKey, string setBy, CancellationToken cancellationToken = default) =>
        await Routes.UpsertEntityAsync(
            new TableEntity(RoutePartition, target.ToString()) { ["ChannelKey"] = channelKey, ["SetBy"] = setBy, ["SetAt"] = time.GetUtcNow() },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task ClearRouteAsync(RouteTarget target, string channelKey, CancellationToken cancellationToken = default)
    {
        var row = await Routes.GetEntityIfExistsAsync<TableEntity>(RoutePartition, target.ToString(), cancellationToken: cancellationToken);
        if (row.HasValue && row.Value!.GetString("ChannelKey") == channelKey)
        {
            try
            {
                await Routes.DeleteEntityAsync(RoutePartition, target.ToString(), row.Value.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Removed or moved by someone else in the meantime: their change stands.
            }
        }
    }

    public async Task<IReadOnlyDictionary<RouteTarget, string>> GetRoutesAsync(CancellationToken cancellationToken = default)
    {
        var routes = new Dictionary<RouteTarget, string>();
        await foreach (var row in Routes.QueryAsync<TableEntity>(e => e.PartitionKey == RoutePartition, cancellationToken: cancellationToken))
        {
            if (Enum.TryParse<RouteTarget>(row.RowKey, out var target) && row.GetString("ChannelKey") is { } key)
            {
                routes[target] = key;
            }
        }

        return routes;
    }
}
