using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Dre.Testing;

public sealed partial class FakeGraphServer
{
    private static async Task ItemAsync(HttpContext context, ConcurrentDictionary<string, JsonObject> items, string id, string kind)
    {
        if (!items.TryGetValue(Uri.UnescapeDataString(id), out var item))
        {
            await GraphErrorAsync(context, StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
            return;
        }

        var answer = (JsonObject)item.DeepClone();
        answer["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('me')/{kind}s/$entity";
        answer["id"] = id;
        await context.Response.WriteAsJsonAsync(answer);
    }

    /// <summary>
    /// <c>GET /me/events?$filter=iCalUId eq '…'</c> and the like: the items whose string property equals the value (OData
    /// doubles a quote inside it), honouring <c>$top</c>; any other filter is refused as Graph refuses what it cannot read.
    /// </summary>
    private static async Task FilterAsync(HttpContext context, ConcurrentDictionary<string, JsonObject> items, string kind)
    {
        var match = EqualsFilter().Match(context.Request.Query["$filter"].ToString());
        if (!match.Success)
        {
            await GraphErrorAsync(context, StatusCodes.Status400BadRequest, "BadRequest", "Invalid filter clause.");
            return;
        }

        var property = match.Groups["property"].Value;
        var value = match.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal);
        var top = int.TryParse(context.Request.Query["$top"], out var t) ? t : 10;
        var found = new JsonArray();
        foreach (var (id, item) in items.Where(i => i.Value[property]?.GetValue<string>() == value).Take(top))
        {
            found.Add(new JsonObject { ["id"] = id });
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('me')/{kind}s(id)",
            ["value"] = found,
        });
    }

    [GeneratedRegex("^(?<property>[A-Za-z]+) eq '(?<value>(?:[^']|'')*)'$")]
    private static partial Regex EqualsFilter();
}
