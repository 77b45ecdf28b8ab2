using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Core.Contacts;

/// <summary>
/// Where a contact's row is in the Contacts table: in one of 256 partitions chosen by a hash of its id, with the id as
/// its RowKey. Unique row keys keep a point read or an insert at the cost of one key lookup on the emulator too, where a
/// RowKey shared by every row made each of them cost time in proportion to the table; the hash spreads the rows, and
/// so the load, evenly over the partitions of Azure Table Storage.
/// </summary>
internal static class ContactKeys
{
    /// <summary>The RowKey of every row of the layout before the shards, whose PartitionKey was the contact's id.</summary>
    public const string LegacyRowKey = "";

    /// <summary>Every shard, <c>00</c> to <c>ff</c>.</summary>
    public static readonly IReadOnlyList<string> Partitions = Enumerable.Range(0, 256).Select(i => i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static string Partition(string contactId) => TableKeys.Hash(contactId)[..2];

    public static string IdOf(TableEntity row) => row.RowKey.Length > 0 ? row.RowKey : row.PartitionKey;
}
