using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Digest;
using Dre.Core.Storage;

namespace Dre.Core.Notifications;

/// <summary>Who asked for the digest, how often, and where the bot reaches them.</summary>
public interface IDigestSubscriptions
{
    Task SubscribeAsync(DigestSubscription subscription, CancellationToken cancellationToken = default);

    Task UnsubscribeAsync(string userId, CancellationToken cancellationToken = default);

    IAsyncEnumerable<DigestSubscription> ListSubscriptionsAsync(DigestFrequency frequency, CancellationToken cancellationToken = default);

    Task<DigestSubscription?> GetSubscriptionAsync(string userId, CancellationToken cancellationToken = default);
}

/// <summary>Subscriptions as one partition of the routes table (a few dozen rows, read per digest slot).</summary>
public sealed class TableDigestSubscriptions(StoreTables tables) : IDigestSubscriptions
{
    private const string SubscriptionPartition = "digest";

    private TableClient Subscriptions { get; } = tables.Table(StoreTables.RoutesTable);

    public async Task SubscribeAsync(DigestSubscription subscription, CancellationToken cancellationToken = default) =>
        await Subscriptions.UpsertEntityAsync(
            new TableEntity(SubscriptionPartition, TableKeys.Hash(subscription.UserId))
            {
                ["UserId"] = subscription.UserId,
                ["Name"] = subscription.Name,
                ["Email"] = subscription.Email,
                [OtherAddressesColumn] = string.Join(',', subscription.OtherAddresses),
                ["Frequency"] = subscription.Frequency.ToString(),
                ["ConversationReference"] = subscription.ConversationReference,
                ["Language"] = subscription.Language,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task UnsubscribeAsync(string userId, CancellationToken cancellationToken = default) =>
        await Subscriptions.DeleteEntityAsync(SubscriptionPartition, TableKeys.Hash(userId), ETag.All, cancellationToken);

    public async IAsyncEnumerable<DigestSubscription> ListSubscriptionsAsync(DigestFrequency frequency, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SubscriptionPartition} and Frequency eq {frequency.ToString()}");
        await foreach (var row in Subscriptions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToSubscription(row);
        }
    }

    public async Task<DigestSubscription?> GetSubscriptionAsync(string userId, CancellationToken cancellationToken = default)
    {
        var row = await Subscriptions.GetEntityIfExistsAsync<TableEntity>(SubscriptionPartition, TableKeys.Hash(userId), cancellationToken: cancellationToken);
        return row.HasValue ? ToSubscription(row.Value!) : null;
    }

    /// <summary>Rows written before it existed have none: those subscribers read their digest by their mail address until they subscribe again.</summary>
    private const string OtherAddressesColumn = "OtherAddresses";

    private static DigestSubscription ToSubscription(TableEntity row) => new(
        row.GetString("UserId"),
        row.GetString("Name"),
        row.GetString("Email"),
        Enum.TryParse<DigestFrequency>(row.GetString("Frequency"), out var frequency) ? frequency : DigestFrequency.Weekly,
        row.GetString("ConversationReference"),
        row.GetString("Language") ?? "en")
    {
        OtherAddresses = row.GetString(OtherAddressesColumn)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [],
    };
}
