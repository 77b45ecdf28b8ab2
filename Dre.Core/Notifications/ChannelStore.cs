using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Notifications;

/// <summary>The Teams channels the app is installed in, active or not, with what a proactive message to each needs.</summary>
public interface IChannelStore
{
    Task UpsertChannelAsync(ChannelRecord channel, CancellationToken cancellationToken = default);

    Task<ChannelRecord?> GetChannelAsync(string channelKey, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ChannelRecord> ListTeamAsync(string teamId, CancellationToken cancellationToken = default);

    /// <summary>Deleted, archived, or answering 403/404: kept for the record, no longer posted to.</summary>
    Task MarkInactiveAsync(string channelKey, string reason, CancellationToken cancellationToken = default);

    Task MarkTeamInactiveAsync(string teamId, string reason, CancellationToken cancellationToken = default);

    /// <summary>A channel currently posted to: the bot is single-tenant, so its service URL and tenant serve to open a new personal chat.</summary>
    Task<ChannelRecord?> FindAnyActiveChannelAsync(CancellationToken cancellationToken = default);
}

/// <summary>Channels in their own table, partitioned by team.</summary>
public sealed class TableChannelStore(StoreTables tables, TimeProvider time) : IChannelStore
{
    private TableClient Channels { get; } = tables.Table(StoreTables.ChannelsTable);

    public async Task UpsertChannelAsync(ChannelRecord channel, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(TableKeys.Hash(channel.TeamId), channel.Key)
        {
            ["TeamId"] = channel.TeamId,
            ["ChannelId"] = channel.ChannelId,
            ["TeamName"] = channel.TeamName,
            ["ChannelName"] = channel.ChannelName,
            ["TenantId"] = channel.TenantId,
            ["ServiceUrl"] = channel.ServiceUrl,
            ["ConversationReference"] = channel.ConversationReference,
            ["Language"] = channel.Language,
            ["Active"] = channel.Active,
            ["InactiveReason"] = channel.InactiveReason,
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        await Channels.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ChannelRecord?> GetChannelAsync(string channelKey, CancellationToken cancellationToken = default)
    {
        var teamHash = channelKey.Split('-')[0];
        var response = await Channels.GetEntityIfExistsAsync<TableEntity>(teamHash, channelKey, cancellationToken: cancellationToken);
        return response.HasValue ? ToChannel(response.Value!) : null;
    }

    public async IAsyncEnumerable<ChannelRecord> ListTeamAsync(string teamId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in Channels.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Hash(teamId)}"), cancellationToken: cancellationToken))
        {
            yield return ToChannel(entity);
        }
    }

    public async Task MarkInactiveAsync(string channelKey, string reason, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(channelKey.Split('-')[0], channelKey) { ["Active"] = false, ["InactiveReason"] = reason, ["UpdatedAt"] = time.GetUtcNow() };
        try
        {
            await Channels.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Never known: nothing to mark.
        }
    }

    public async Task MarkTeamInactiveAsync(string teamId, string reason, CancellationToken cancellationToken = default)
    {
        await foreach (var channel in ListTeamAsync(teamId, cancellationToken))
        {
            await MarkInactiveAsync(channel.Key, reason, cancellationToken);
        }
    }

    public async Task<ChannelRecord?> FindAnyActiveChannelAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var row in Channels.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Active eq true"), maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return ToChannel(row);
        }

        return null;
    }

    private static ChannelRecord ToChannel(TableEntity e) => new()
    {
        TeamId = e.GetString("TeamId"),
        ChannelId = e.GetString("ChannelId"),
        TeamName = e.GetString("TeamName"),
        ChannelName = e.GetString("ChannelName"),
        TenantId = e.GetString("TenantId"),
        ServiceUrl = e.GetString("ServiceUrl"),
        ConversationReference = e.GetString("ConversationReference"),
        Language = e.GetString("Language") ?? "en",
        Active = e.GetBoolean("Active") ?? true,
        InactiveReason = e.GetString("InactiveReason"),
    };
}
