using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>
/// An entity's size as Table Storage counts it against the 1 MiB an entity may take: 4 bytes, both keys in UTF-16, and
/// for each property 8 bytes, its name in UTF-16 and its value. Azure refuses a larger entity while Azurite stores it,
/// so only this count keeps a write that works in development from failing in production.
/// </summary>
internal static class EntitySize
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly long Timestamp = Property("Timestamp", DateTimeOffset.MinValue);

    /// <summary>The entity's size once stored, with the timestamp that the service adds to it.</summary>
    public static long Of(TableEntity entity) =>
        4 + Utf16(entity.PartitionKey) + Utf16(entity.RowKey) + Timestamp + Properties(entity).Sum(p => p.Bytes);

    /// <summary>What each property adds, the keys and the timestamp aside.</summary>
    public static IEnumerable<(string Name, long Bytes)> Properties(TableEntity entity) =>
        entity
            .Where(p => p.Value is not null && p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .Select(p => (p.Key, Property(p.Key, p.Value!)));

    private static long Property(string name, object value) => 8 + Utf16(name) + value switch
    {
        string s => 4 + Utf16(s),
        byte[] bytes => 4 + bytes.Length,
        BinaryData data => 4 + data.ToMemory().Length,
        bool => 1,
        int => 4,
        long or double or DateTime or DateTimeOffset => 8,
        Guid => 16,
        _ => throw new ArgumentException($"Table Storage has no property type for {value.GetType()} ({name}).", nameof(value)),
    };

    private static long Utf16(string text) => 2L * text.Length;
}
