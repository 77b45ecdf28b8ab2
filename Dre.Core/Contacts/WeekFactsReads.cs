using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// A week's <see cref="ContactFact"/>s from its <see cref="WeekFactsRows"/> row: one point read. A missing or stale row
/// is rebuilt from the week's narrow columns and written back only if nothing changed it since it was read (inserted
/// if still absent, replaced if its ETag is still the one read), so a rebuild never hides a later write's mark.
/// </summary>
internal static class WeekFactsReads
{
    /// <summary>The facts with start in [from, to), one point read per week partition, in week order.</summary>
    public static async IAsyncEnumerable<ContactFact> ListAsync(TableClient weeks, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var week in TableKeys.Weeks(from, to))
        {
            foreach (var fact in await WeekAsync(weeks, week, cancellationToken))
            {
                if (fact.Start >= from && fact.Start < to)
                {
                    yield return fact;
                }
            }
        }
    }

    private static async Task<List<ContactFact>> WeekAsync(TableClient weeks, string week, CancellationToken cancellationToken)
    {
        var stored = await weeks.GetEntityIfExistsAsync<TableEntity>(week, WeekFactsRows.RowKey, cancellationToken: cancellationToken);
        if (stored.HasValue && WeekFactsRows.Read(stored.Value!) is { } facts)
        {
            return facts;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {week} and RowKey lt {WeekFactsRows.RowKey}");
        var rebuilt = await weeks.QueryAsync<TableEntity>(filter, select: ContactIndexes.FactColumns, cancellationToken: cancellationToken)
            .Select(ContactIndexes.ReadFact).ToListAsync(cancellationToken);
        if (WeekFactsRows.Of(week, rebuilt) is { } row)
        {
            try
            {
                await (stored.HasValue
                    ? weeks.UpdateEntityAsync(row, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken)
                    : weeks.AddEntityAsync(row, cancellationToken));
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // A write marked the week since it was read: what was read may be short of it, the next read rebuilds.
            }
        }

        return rebuilt;
    }
}
