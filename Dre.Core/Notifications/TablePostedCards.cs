using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Notifications;

/// <summary>A contact's summary card as posted in one channel: which Teams activity to update when the contact changes.</summary>
public sealed record PostedCard(string ChannelKey, string ContactId, string ActivityId, int Revision);

/// <summary>Where each contact's summary was posted, so that a merged duplicate or an edit updates the card instead of posting another.</summary>
public sealed class TablePostedCards(StoreTables tables, TimeProvider time)
{
    private const string Partition = "posted";

    private TableClient Table { get; } = tables.Table(StoreTables.OutboxTable);

    public async Task<PostedCard?> GetAsync(string channelKey, string contactId, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(channelKey, contactId), cancellationToken: cancellationToken);
        return row.HasValue
            ? new PostedCard(channelKey, contactId, row.Value!.GetString("ActivityId"), row.Value.GetInt32("Revision") ?? 0)
            : null;
    }

    public async Task SaveAsync(PostedCard card, CancellationToken cancellationToken = default) =>
        await Table.UpsertEntityAsync(
            new TableEntity(Partition, RowKey(card.ChannelKey, card.ContactId))
            {
                ["ActivityId"] = card.ActivityId,
                ["Revision"] = card.Revision,
                ["UpdatedAt"] = time.GetUtcNow(),
            },
            TableUpdateMode.Replace,
            cancellationToken);

    private static string RowKey(string channelKey, string contactId) => $"{channelKey}|{TableKeys.Hash(contactId)}";
}
