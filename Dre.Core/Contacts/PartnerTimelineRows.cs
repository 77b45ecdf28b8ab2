using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>Each partner's <see cref="PartnerTimeline"/>, as the row <c>~timeline</c> of its <c>ContactsByPartner</c> partition.</summary>
internal sealed class PartnerTimelineRows(StoreTables tables, TimeProvider time)
    : PartitionListRows<PartnerTimeline>(tables.ContactsByPartner, RowKey, time)
{
    public const string RowKey = "~timeline";

    /// <summary>The newest rows started by now (one more than kept, to know whether there are others) and every row after now, at once.</summary>
    protected override async Task<PartnerTimeline> BuildAsync(string partition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var past = Rows(partition, ContactLimits.Earliest, now.AddTicks(1), PartnerTimeline.Bound + 1, cancellationToken);
        var future = Rows(partition, now.AddTicks(1), ContactLimits.ListedUntil(now), null, cancellationToken);
        await Task.WhenAll(past, future);
        return PartnerTimeline.Of(await past, await future, now);
    }

    protected override TableEntity Entity(string partition, PartnerTimeline value)
    {
        var entity = new TableEntity(partition, RowKey)
        {
            ["PastComplete"] = value.PastComplete,
            ["FutureComplete"] = value.FutureComplete,
            ["WrittenAt"] = value.WrittenAt,
        };
        StoreJson.Write(entity, "Past", value.Past);
        StoreJson.Write(entity, "Future", value.Future);
        return entity;
    }

    protected override PartnerTimeline Parse(TableEntity entity) => new(
        StoreJson.Read<IReadOnlyList<ContactSummary>>(entity, "Past", []),
        entity.GetBoolean("PastComplete") == true,
        StoreJson.Read<IReadOnlyList<ContactSummary>>(entity, "Future", []),
        entity.GetBoolean("FutureComplete") == true,
        entity.GetDateTimeOffset("WrittenAt") ?? DateTimeOffset.MinValue);

    private async Task<IReadOnlyList<ContactSummary>> Rows(string partnerId, DateTimeOffset from, DateTimeOffset to, int? take, CancellationToken cancellationToken)
    {
        var rows = tables.ContactsByPartner.QueryAsync<TableEntity>(ContactIndexes.PartnerRange(partnerId, from, to), maxPerPage: take, cancellationToken: cancellationToken).Select(ContactIndexes.ReadSummary);
        return await (take is { } most ? rows.Take(most) : rows).ToListAsync(cancellationToken);
    }
}
