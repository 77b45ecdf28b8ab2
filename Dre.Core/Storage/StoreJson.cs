using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>How lists and records are kept in table columns: JSON, split over several columns past the 64 KiB a column holds.</summary>
public static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // 30,000 UTF-16 characters stay under the 64 KiB column limit whatever the text.
    private const int ChunkLength = 30_000;

    public static void Write<T>(TableEntity entity, string column, T value)
    {
        var json = JsonSerializer.Serialize(value, Options);
        var chunks = json.Chunk(ChunkLength).Select(c => new string(c)).ToList();
        entity[column] = chunks[0];
        for (var i = 1; i < chunks.Count; i++)
        {
            entity[$"{column}_{i}"] = chunks[i];
        }
    }

    public static T Read<T>(TableEntity entity, string column, T fallback)
    {
        if (entity.GetString(column) is not { } first)
        {
            return fallback;
        }

        var json = first;
        for (var i = 1; entity.GetString($"{column}_{i}") is { } next; i++)
        {
            json += next;
        }

        return JsonSerializer.Deserialize<T>(json, Options) ?? fallback;
    }
}
