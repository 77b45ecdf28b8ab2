using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;

namespace Dre.Core.Notifications;

/// <summary>The channels the app knows, where each portfolio's news goes, and who subscribed to the digest.</summary>
public sealed class TableChannelDirectory(StoreTables tables, TimeProvider time)
{
    private const string RoutePartition = "route";
    private const string SubscriptionPartition = "digest";
    private const string PersonPartition = "person";

    private TableClient Channels => tables.Table(StoreTables.ChannelsTable);

    public async Task UpsertChannelAsync(ChannelRecord channel, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(Storage.TableKeys.Hash(channel.TeamId), channel.Key)
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
        await foreach (var entity in Channels.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Storage.TableKeys.Hash(teamId)}"), cancellationToken: cancellationToken))
        {
            yield return ToChannel(entity);
        }
    }

    /// <summary>Deleted, archived, or answering 403/404: kept for the record, no longer posted to.</summary>
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

    public async Task SetRouteAsync(RouteTarget target, string channelKey, UserContext user, CancellationToken cancellationToken = default)
    {
        if (!user.IsDreOfficer && !user.Is(Role.Admin))
        {
            throw new ForbiddenException("Only DRE officers and administrators route portfolios to channels.");
        }

        if (await GetChannelAsync(channelKey, cancellationToken) is not { Active: true })
        {
            throw new NotFoundException("The channel");
        }

        await tables.Table(StoreTables.RoutesTable).UpsertEntityAsync(
            new TableEntity(RoutePartition, target.ToString()) { ["ChannelKey"] = channelKey, ["SetBy"] = user.Name, ["SetAt"] = time.GetUtcNow() },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>Stops posting <paramref name="target"/> to the channel, unless it was moved elsewhere meanwhile.</summary>
    public async Task ClearRouteAsync(RouteTarget target, string channelKey, UserContext user, CancellationToken cancellationToken = default)
    {
        if (!user.IsDreOfficer && !user.Is(Role.Admin))
        {
            throw new ForbiddenException("Only DRE officers and administrators route portfolios to channels.");
        }

        var routes = tables.Table(StoreTables.RoutesTable);
        var row = await routes.GetEntityIfExistsAsync<TableEntity>(RoutePartition, target.ToString(), cancellationToken: cancellationToken);
        if (row.HasValue && row.Value!.GetString("ChannelKey") == channelKey)
        {
            try
            {
                await routes.DeleteEntityAsync(RoutePartition, target.ToString(), row.Value.ETag, cancellationToken);
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
        await foreach (var row in tables.Table(StoreTables.RoutesTable).QueryAsync<TableEntity>(e => e.PartitionKey == RoutePartition, cancellationToken: cancellationToken))
        {
            if (Enum.TryParse<RouteTarget>(row.RowKey, out var target) && row.GetString("ChannelKey") is { } key)
            {
                routes[target] = key;
            }
        }

        return routes;
    }

    public async Task SubscribeAsync(DigestSubscription subscription, CancellationToken cancellationToken = default) =>
        await tables.Table(StoreTables.RoutesTable).UpsertEntityAsync(
            new TableEntity(SubscriptionPartition, Storage.TableKeys.Hash(subscription.UserId))
            {
                ["UserId"] = subscription.UserId,
                ["Name"] = subscription.Name,
                ["Email"] = subscription.Email,
                ["Frequency"] = subscription.Frequency.ToString(),
                ["ConversationReference"] = subscription.ConversationReference,
                ["Language"] = subscription.Language,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task UnsubscribeAsync(string userId, CancellationToken cancellationToken = default) =>
        await tables.Table(StoreTables.RoutesTable).DeleteEntityAsync(SubscriptionPartition, Storage.TableKeys.Hash(userId), ETag.All, cancellationToken);

    public async IAsyncEnumerable<DigestSubscription> ListSubscriptionsAsync(DigestFrequency frequency, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SubscriptionPartition} and Frequency eq {frequency.ToString()}");
        await foreach (var row in tables.Table(StoreTables.RoutesTable).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToSubscription(row);
        }
    }

    public async Task<DigestSubscription?> GetSubscriptionAsync(string userId, CancellationToken cancellationToken = default)
    {
        var row = await tables.Table(StoreTables.RoutesTable).GetEntityIfExistsAsync<TableEntity>(SubscriptionPartition, Storage.TableKeys.Hash(userId), cancellationToken: cancellationToken);
        return row.HasValue ? ToSubscription(row.Value!) : null;
    }

    public async Task SavePersonalConversationAsync(PersonalConversation conversation, CancellationToken cancellationToken = default) =>
        await tables.Table(StoreTables.RoutesTable).UpsertEntityAsync(
            new TableEntity(PersonPartition, Storage.TableKeys.Hash(conversation.UserId))
            {
                ["UserId"] = conversation.UserId,
                ["TenantId"] = conversation.TenantId,
                ["ServiceUrl"] = conversation.ServiceUrl,
                ["ConversationReference"] = conversation.ConversationReference,
                ["Language"] = conversation.Language,
                ["UpdatedAt"] = time.GetUtcNow(),
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<PersonalConversation?> GetPersonalConversationAsync(string userId, CancellationToken cancellationToken = default)
    {
        var row = await tables.Table(StoreTables.RoutesTable).GetEntityIfExistsAsync<TableEntity>(PersonPartition, Storage.TableKeys.Hash(userId), cancellationToken: cancellationToken);
        return row.HasValue
            ? new PersonalConversation(row.Value!.GetString("UserId"), row.Value.GetString("TenantId"), row.Value.GetString("ServiceUrl"), row.Value.GetString("ConversationReference"), row.Value.GetString("Language") ?? "en")
            : null;
    }

    /// <summary>A channel currently posted to: the bot is single-tenant, so its service URL and tenant serve to open a new personal chat.</summary>
    public async Task<ChannelRecord?> FindAnyActiveChannelAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var row in Channels.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Active eq true"), maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return ToChannel(row);
        }

        return null;
    }

    private static DigestSubscription ToSubscription(TableEntity row) => new(
        row.GetString("UserId"),
        row.GetString("Name"),
        row.GetString("Email"),
        Enum.TryParse<DigestFrequency>(row.GetString("Frequency"), out var frequency) ? frequency : DigestFrequency.Weekly,
        row.GetString("ConversationReference"),
        row.GetString("Language") ?? "en");

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
