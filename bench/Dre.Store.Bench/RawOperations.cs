using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Core.Partners;
using Dre.Core.Storage;

namespace Dre.Store.Bench;

/// <summary>
/// The Azure.Data.Tables calls that each measured store operation needs, issued directly: the same tables, filters,
/// page sizes and number of round trips, with no deserialisation beyond the SDK's own. What the store adds on top of
/// these is its own cost.
/// </summary>
internal sealed class RawOperations(StoreTables tables, TimeProvider time)
{
    // PartnerStatusService's planning horizon (private there).
    private static readonly TimeSpan PlanningHorizon = TimeSpan.FromDays(180);

    /// <summary>
    /// The status read's three partition queries, together as the service runs them. A page size of null is the
    /// service's (none given: the table service's 1,000 rows); a number asks for pages of as many rows as are used.
    /// </summary>
    public Task StatusQueriesAsync(string partnerId, int? latestPage, int? followUpPage, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return Task.WhenAll(
            ReadAsync(tables.ContactsByPartner, PartnerRange(partnerId, ContactLimits.Earliest, now), PartnerStatusService.LatestCount, latestPage, cancellationToken),
            ReadAsync(tables.ContactsByPartner, PartnerRange(partnerId, now, now + PlanningHorizon), int.MaxValue, null, cancellationToken),
            ReadAsync(tables.FollowUps, TableClient.CreateQueryFilter($"PartitionKey eq {FollowUpKeys.Partner(partnerId)}"), PartnerStatusService.FollowUpCount, followUpPage, cancellationToken));
    }

    /// <summary>
    /// The ContactsByWeek rows between two instants, up to a number of rows: one range query per week partition the
    /// interval touches, one after the other, as the store reads a period. A UTC Monday-to-Monday week is one partition;
    /// a week in Paris time starts an hour or two before its UTC Monday, in the previous partition.
    /// </summary>
    public async Task<int> PeriodRowsAsync(DateTimeOffset from, DateTimeOffset to, int take, CancellationToken cancellationToken = default)
    {
        var read = 0;
        foreach (var week in TableKeys.Weeks(from, to))
        {
            if (read == take)
            {
                break;
            }

            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {week} and RowKey ge {TableKeys.OldestFirst(from)} and RowKey lt {TableKeys.OldestFirst(to)}");
            read += await ReadAsync(tables.ContactsByWeek, filter, take - read, null, cancellationToken);
        }

        return read;
    }

    /// <summary>
    /// The least that logging a new contact must write: the contact row, then one transaction per index partition, all
    /// at once. No journal, no read-back, no audit entry or outbox row: what the store's crash safety and race checks
    /// cost shows against it.
    /// </summary>
    public async Task LogContactAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        await tables.Contacts.AddEntityAsync(ContactEntity.From(contact), cancellationToken);
        await Task.WhenAll(ContactIndexes.Of(contact).GroupBy(r => (r.Table, r.PartitionKey)).Select(group =>
            tables.Table(group.Key.Table).SubmitTransactionAsync(
                group.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity())),
                cancellationToken)));
    }

    private static string PartnerRange(string partnerId, DateTimeOffset from, DateTimeOffset to) =>
        TableClient.CreateQueryFilter(
            $"PartitionKey eq {partnerId} and RowKey ge {TableKeys.NewestFirst(to.AddTicks(-1))} and RowKey lt {TableKeys.NewestFirst(from) + "~"}");

    private static async Task<int> ReadAsync(TableClient table, string filter, int take, int? pageSize, CancellationToken cancellationToken)
    {
        var read = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken))
        {
            if (++read == take)
            {
                break;
            }
        }

        return read;
    }
}
