using System.Text.Json.Nodes;

namespace Dre.Testing;

/// <summary>
/// The limits Azure Table Storage puts on one entity and Azurite does not: 1 MiB in all, 64 KiB for a string or binary
/// property, 255 properties with the three system ones. Sizes are counted as Azure documents them: 4 bytes, both keys
/// in UTF-16, then for each property 8 bytes, its name in UTF-16 and its value (a string in UTF-16 plus 4 bytes).
/// </summary>
public static class TableLimits
{
    public const long EntityBytes = 1024 * 1024;
    public const int PropertyValueBytes = 64 * 1024;
    public const int Properties = 255;

    /// <summary>The error code Azure answers an entity with as it is sent over the wire, or null when it fits.</summary>
    public static string? Violation(JsonObject entity)
    {
        var properties = entity.Where(p => !p.Key.Contains('@', StringComparison.Ordinal) && !p.Key.StartsWith("odata.", StringComparison.Ordinal)).ToList();
        if (properties.Count(p => p.Key is not ("PartitionKey" or "RowKey")) + 3 > Properties)
        {
            return "TooManyProperties";
        }

        long size = 4;
        foreach (var (name, value) in properties)
        {
            var type = entity[name + "@odata.type"]?.GetValue<string>();
            var bytes = ValueBytes(value, type);
            if (type is null or "Edm.Binary" && bytes - 4 > PropertyValueBytes)
            {
                return "PropertyValueTooLarge";
            }

            size += name is "PartitionKey" or "RowKey" ? bytes - 4 : 8 + (2L * name.Length) + bytes;
        }

        // The timestamp the service adds to every entity.
        size += 8 + (2L * "Timestamp".Length) + 8;
        return size > EntityBytes ? "EntityTooLarge" : null;
    }

    private static long ValueBytes(JsonNode? value, string? type) => (value, type) switch
    {
        (null, _) => 0,
        (_, "Edm.Binary") => 4 + Convert.FromBase64String(value.GetValue<string>()).Length,
        (_, "Edm.Int64" or "Edm.DateTime" or "Edm.Double") => 8,
        (_, "Edm.Guid") => 16,
        (JsonValue v, null) when v.TryGetValue(out string? s) => 4 + (2L * s.Length),
        (JsonValue v, null) when v.TryGetValue(out bool _) => 1,
        (JsonValue v, null) when v.TryGetValue(out int _) => 4,
        _ => 8,
    };
}
