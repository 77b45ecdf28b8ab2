using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// The <c>~facts</c> row of a <c>ContactsByWeek</c> partition: the week's <see cref="ContactFact"/>s in one row, so that
/// the digest reads an earlier week with one point read instead of a query over thousands of rows. Every write of the
/// partition's rows marks it stale in the same transaction, so a reader never takes a row older than the week's rows;
/// <see cref="WeekFactsReads"/> rebuilds a stale or missing one. <c>~</c> sorts after every <c>D19</c> ticks row key,
/// so no range query of the week's rows returns it.
/// </summary>
internal static class WeekFactsRows
{
    public const string RowKey = "~facts";

    private const string FactsColumn = "Facts";
    private const string StaleColumn = "Stale";

    /// <summary>Far below Azure's 1 MiB and 252 properties: a week too big for it is read from its rows each time.</summary>
    private const long MaxBytes = 960 * 1024;

    private const int MaxProperties = 240;

    /// <summary>
    /// One table's actions in transactions (<see cref="TableBatches"/>); a week partition's each with the facts row
    /// marked stale, atomically with the rows it changes.
    /// </summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Transactions(string table, IEnumerable<TableTransactionAction> actions) =>
        table == ContactIndexes.ByWeek
            ? TableBatches.Of(actions, reserved: 1).Select(batch => (IReadOnlyList<TableTransactionAction>)[.. batch, StaleMark(batch[0].Entity.PartitionKey)])
            : TableBatches.Of(actions);

    /// <summary>
    /// Deletes an index row. A week row goes in one transaction with its week's stale mark: marked earlier, a rebuild
    /// between the mark and the delete would keep the deleted contact in the facts for good. A row gone already (a 404
    /// fails the transaction) still gets the mark, which only costs a rebuild.
    /// </summary>
    public static async Task DeleteAsync(TableClient table, (string Table, string PartitionKey, string RowKey) key, CancellationToken cancellationToken)
    {
        if (key.Table != ContactIndexes.ByWeek)
        {
            await table.DeleteEntityAsync(key.PartitionKey, key.RowKey, ETag.All, cancellationToken);
            return;
        }

        try
        {
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(key.PartitionKey, key.RowKey), ETag.All), StaleMark(key.PartitionKey)],
                cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            await table.UpsertEntityAsync(StaleMark(key.PartitionKey).Entity, TableUpdateMode.Merge, cancellationToken);
        }
    }

    /// <summary>The facts a row holds, or null when it is stale or holds none (only marked so far).</summary>
    public static List<ContactFact>? Read(TableEntity row)
    {
        if (row.GetBoolean(StaleColumn) is not false || StoreJson.Read<List<string>?>(row, FactsColumn, null) is not { } facts)
        {
            return null;
        }

        var monday = Monday(row.PartitionKey);
        return facts.Select(f => f.Split('|', 4)).Select(f => new ContactFact(
            new DateTimeOffset(monday + long.Parse(f[0], CultureInfo.InvariantCulture), TimeSpan.Zero),
            Split(f[2]),
            // As a week row without the column reads (ContactIndexes.ReadFact): what cannot be read counts as restricted.
            Enum.TryParse<Confidentiality>(f[1], out var confidentiality) ? confidentiality : Confidentiality.Restricted,
            Split(f[3]))).ToList();
    }

    /// <summary>The row holding <paramref name="facts"/>, or null when it would be too large to store.</summary>
    /// <remarks>
    /// A fact is one string, <c>ticks after the Monday|confidentiality|partners|audience</c> (lists comma-separated, as the
    /// week row's narrow columns; partner ids never hold <c>|</c>, and the audience comes last so an address may): a few
    /// tens of characters, so a busy week's 2,000 contacts take a few columns. The audience only decides for a restricted
    /// contact (<see cref="Visibility.VisibilityPolicy"/>), so it is kept for those alone.
    /// </remarks>
    public static TableEntity? Of(string week, IReadOnlyList<ContactFact> facts)
    {
        var monday = Monday(week);
        var row = new TableEntity(week, RowKey) { [StaleColumn] = false };
        StoreJson.Write(row, FactsColumn, facts.Select(f => string.Join('|',
            (f.Start.UtcTicks - monday).ToString(CultureInfo.InvariantCulture),
            f.Confidentiality.ToString(),
            string.Join(',', f.PartnerIds),
            f.Confidentiality == Confidentiality.Restricted ? string.Join(',', f.Audience) : "")).ToList());
        return row.Count <= MaxProperties && EntitySize.Of(row) <= MaxBytes ? row : null;
    }

    private static TableTransactionAction StaleMark(string week) =>
        new(TableTransactionActionType.UpsertMerge, new TableEntity(week, RowKey) { [StaleColumn] = true });

    private static long Monday(string week) => TableKeys.MondayOfWeek(week).UtcTicks;

    private static string[] Split(string? list) => list?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
