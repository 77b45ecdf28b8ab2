using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Notifications;

/// <summary>What a posted coordination alert shows now: the alert itself, a withdrawal notice, or nothing (taken down).</summary>
public enum AlertState
{
    Shown,
    Withdrawn,
    TakenDown,
}

/// <summary>
/// One coordination alert as posted to one recipient (a channel or a person's chat), seen from one of its two contacts:
/// which Teams activity to change when either contact changes, and the revisions of both that the activity shows.
/// </summary>
public sealed record PostedAlert(
    string ContactId,
    string Pair,
    string Recipient,
    string PartnerId,
    string FirstId,
    string SecondId,
    string ConversationReference,
    string Language,
    string ActivityId,
    AlertState State,
    int FirstRevision,
    int SecondRevision)
{
    public string OtherId => FirstId == ContactId ? SecondId : FirstId;
}

/// <summary>
/// Where each coordination alert went, indexed under both of its contacts (one partition per contact), so that an edit,
/// a move, a cancellation, a deletion or a change to restricted finds every alert it makes wrong in one query.
/// </summary>
public sealed class TablePostedAlerts(StoreTables tables, TimeProvider time)
{
    private TableClient Table { get; } = tables.Table(StoreTables.OutboxTable);

    public async Task<IReadOnlyList<PostedAlert>> ListAsync(string contactId, CancellationToken cancellationToken = default)
    {
        var alerts = new List<PostedAlert>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition(contactId), cancellationToken: cancellationToken))
        {
            alerts.Add(new PostedAlert(
                contactId,
                row.GetString("Pair"),
                row.GetString("Recipient"),
                row.GetString("PartnerId"),
                row.GetString("First"),
                row.GetString("Second"),
                row.GetString("ConversationReference"),
                row.GetString("Language"),
                row.GetString("ActivityId"),
                Enum.Parse<AlertState>(row.GetString("State")),
                row.GetInt32("FirstRevision") ?? 0,
                row.GetInt32("SecondRevision") ?? 0));
        }

        return alerts;
    }

    /// <summary>Records the alert under both of its contacts; each row is whole, so a half-done save is completed by the next.</summary>
    public async Task SaveAsync(PostedAlert alert, CancellationToken cancellationToken = default)
    {
        foreach (var contactId in new[] { alert.FirstId, alert.SecondId })
        {
            await Table.UpsertEntityAsync(
                new TableEntity(Partition(contactId), $"{alert.Pair}|{TableKeys.Hash(alert.Recipient)}")
                {
                    ["Pair"] = alert.Pair,
                    ["Recipient"] = alert.Recipient,
                    ["PartnerId"] = alert.PartnerId,
                    ["First"] = alert.FirstId,
                    ["Second"] = alert.SecondId,
                    ["ConversationReference"] = alert.ConversationReference,
                    ["Language"] = alert.Language,
                    ["ActivityId"] = alert.ActivityId,
                    ["State"] = alert.State.ToString(),
                    ["FirstRevision"] = alert.FirstRevision,
                    ["SecondRevision"] = alert.SecondRevision,
                    ["UpdatedAt"] = time.GetUtcNow(),
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }
    }

    private static string Partition(string contactId) => "alerted-" + TableKeys.Hash(contactId);
}
