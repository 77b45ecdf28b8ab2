using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Notifications;

/// <summary>The bot's personal chat with each person who spoke to it: where alerts meant for them alone go.</summary>
public interface IPersonalConversationStore
{
    Task SavePersonalConversationAsync(PersonalConversation conversation, CancellationToken cancellationToken = default);

    Task<PersonalConversation?> GetPersonalConversationAsync(string userId, CancellationToken cancellationToken = default);
}

/// <summary>Personal chats as one partition of the routes table, keyed by the person.</summary>
public sealed class TablePersonalConversationStore(StoreTables tables, TimeProvider time) : IPersonalConversationStore
{
    private const string PersonPartition = "person";

    private TableClient Conversations { get; } = tables.Table(StoreTables.RoutesTable);

    public async Task SavePersonalConversationAsync(PersonalConversation conversation, CancellationToken cancellationToken = default) =>
        await Conversations.UpsertEntityAsync(
            new TableEntity(PersonPartition, TableKeys.Hash(conversation.UserId))
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
        var row = await Conversations.GetEntityIfExistsAsync<TableEntity>(PersonPartition, TableKeys.Hash(userId), cancellationToken: cancellationToken);
        return row.HasValue
            ? new PersonalConversation(row.Value!.GetString("UserId"), row.Value.GetString("TenantId"), row.Value.GetString("ServiceUrl"), row.Value.GetString("ConversationReference"), row.Value.GetString("Language") ?? "en")
            : null;
    }
}
