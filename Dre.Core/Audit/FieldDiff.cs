using System.Text.Json;
using System.Text.Json.Nodes;
using Dre.Core.Storage;

namespace Dre.Core.Audit;

/// <summary>Field-level differences of two versions of a record, by their JSON as stored: what the history shows.</summary>
public static class FieldDiff
{
    public static IReadOnlyList<FieldChange> Between<T>(T? before, T after, IReadOnlySet<string> ignored)
        where T : class
    {
        var old = Fields(before);
        var now = Fields(after);
        return old.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Where(field => !ignored.Contains(field))
            .Select(field => Change(field, old.GetValueOrDefault(field), now.GetValueOrDefault(field)))
            .OfType<FieldChange>()
            .ToList();
    }

    /// <summary>
    /// A list's change is the items it lost and the items it gained, not both lists whole: a contact's 50th note or a
    /// partner's new domain is read at a glance, and an entry stays far below the size of the record it describes.
    /// </summary>
    private static FieldChange? Change(string field, JsonNode? before, JsonNode? after)
    {
        if (before is JsonArray || after is JsonArray)
        {
            var lost = Items(before).Where(b => !Items(after).Any(a => JsonNode.DeepEquals(a, b))).ToList();
            var gained = Items(after).Where(a => !Items(before).Any(b => JsonNode.DeepEquals(a, b))).ToList();
            return lost.Count == 0 && gained.Count == 0 ? null : new FieldChange(field, Array(lost), Array(gained));
        }

        return JsonNode.DeepEquals(before, after) ? null : new FieldChange(field, before?.DeepClone(), after?.DeepClone());
    }

    private static IEnumerable<JsonNode?> Items(JsonNode? node) => node as JsonArray ?? [];

    private static JsonArray? Array(List<JsonNode?> items) => items.Count == 0 ? null : new JsonArray(items.Select(i => i?.DeepClone()).ToArray());

    private static Dictionary<string, JsonNode?> Fields<T>(T? value)
        where T : class =>
        value is null
            ? []
            : JsonSerializer.SerializeToNode(value, StoreJson.Options)!.AsObject().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
