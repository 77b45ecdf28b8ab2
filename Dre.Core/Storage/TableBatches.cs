using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>
/// Entity group transactions of one partition: at most 100 operations and 4 MiB of request each. The request's size is
/// bounded by the entities' stored size (<see cref="EntitySize"/>, UTF-16): a quarter of the limit leaves room for the
/// UTF-8 and JSON escaping of the body, so that a transaction that works on Azurite is not refused by Azure.
/// </summary>
internal static class TableBatches
{
    private const int MaxOperations = 100;
    private const long MaxBytes = 1024 * 1024;

    /// <summary>The actions in transactions, each of one partition, in the order given within a partition.</summary>
    /// <param name="reserved">Operations each transaction leaves free, for the caller to add (a small entity each).</param>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Of(IEnumerable<TableTransactionAction> actions, int reserved = 0)
    {
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            long bytes = 0;
            foreach (var action in partition)
            {
                var size = action.Entity is TableEntity entity ? EntitySize.Of(entity) : 0;
                if (batch.Count == MaxOperations - reserved || (batch.Count > 0 && bytes + size > MaxBytes))
                {
                    yield return batch;
                    batch = [];
                    bytes = 0;
                }

                batch.Add(action);
                bytes += size;
            }

            yield return batch;
        }
    }
}
