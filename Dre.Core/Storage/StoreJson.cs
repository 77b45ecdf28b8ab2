using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;

namespace Dre.Core.Storage;

/// <summary>How lists and records are kept in table columns: JSON, split over several columns past the 64 KiB a column holds.</summary>
public static class StoreJson
{
    /// <remarks>
    /// Stored JSON is read back by this class only, never put into a page or a script, so escaping for HTML would be
    /// waste: with the relaxed encoder an accented letter, « » or ’ takes one UTF-16 unit instead of the six of \u00E9,
    /// and Table Storage counts strings in UTF-16. It still escapes what JSON requires, control characters, a few
    /// invisible ones (no-break spaces) and every character outside the BMP; <see cref="EntitySize"/> counts the result.
    /// </remarks>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // 30,000 UTF-16 characters stay under the 64 KiB column limit whatever the text. Cutting by UTF-16 unit never
    // splits a surrogate pair over two columns: the encoder writes every character outside the BMP as an ASCII escape.
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

    /// <summary>The column a table property belongs to: Notes for Notes_2.</summary>
    public static string ColumnOf(string property)
    {
        var separator = property.LastIndexOf('_');
        return separator > 0 && separator < property.Length - 1 && property[(separator + 1)..].All(char.IsAsciiDigit) ? property[..separator] : property;
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
