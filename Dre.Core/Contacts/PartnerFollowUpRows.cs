using Azure.Data.Tables;
using Dre.Core.FollowUps;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>Each partner's <see cref="PartnerFollowUps"/>, as the row <c>~list</c> of its <c>partner-…</c> partition of <c>FollowUps</c>.</summary>
internal sealed class PartnerFollowUpRows(StoreTables tables, TimeProvider time)
    : PartitionListRows<PartnerFollowUps>(tables.FollowUps, RowKey, time)
{
    public const string RowKey = "~list";

    /// <summary>Whether a follow-up partition has a list row: a partner's, not an owner's or the due dates'.</summary>
    public static bool Has(string partition) => partition.StartsWith(FollowUpKeys.Partner(""), StringComparison.Ordinal);

    public static PartnerFollowUps.Entry EntryOf(IndexRow row) => new(row.RowKey, ContactIndexes.ReadFollowUp(row.ToEntity()));

    protected override async Task<PartnerFollowUps> BuildAsync(string partition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {RowKey}");
        var first = await tables.FollowUps.QueryAsync<TableEntity>(filter, maxPerPage: PartnerFollowUps.Bound + 1, cancellationToken: cancellationToken)
            .Take(PartnerFollowUps.Bound + 1)
            .Select(e => new PartnerFollowUps.Entry(e.RowKey, ContactIndexes.ReadFollowUp(e)))
            .ToListAsync(cancellationToken);
        return PartnerFollowUps.Of(first);
    }

    protected override TableEntity Entity(string partition, PartnerFollowUps value)
    {
        var entity = new TableEntity(partition, RowKey) { ["Complete"] = value.Complete };
        StoreJson.Write(entity, "Entries", value.Entries);
        return entity;
    }

    protected override PartnerFollowUps Parse(TableEntity entity) =>
        new(StoreJson.Read<IReadOnlyList<PartnerFollowUps.Entry>>(entity, "Entries", []), entity.GetBoolean("Complete") == true);
}
