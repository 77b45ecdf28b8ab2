using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dre.Testing;

/// <summary>
/// The directory's side of Graph, for app roles: the API's service principal found by app id with its appRoles,
/// its appRoleAssignedTo (paged by @odata.nextLink, two a page, so that clients must follow it) and
/// /users/{id}/checkMemberGroups, which answers the given groups the user is a member of.
/// </summary>
public sealed partial class FakeGraphServer
{
    /// <summary>The app roles declared on the API's registration, by value, with the ids Graph gives them.</summary>
    public static readonly IReadOnlyDictionary<string, Guid> AppRoles = new Dictionary<string, Guid>
    {
        ["Dre.Officer"] = new("6f3c2a10-0000-4000-8000-0000000000a1"),
        ["Dre.Manager"] = new("6f3c2a10-0000-4000-8000-0000000000a2"),
        ["Dre.Admin"] = new("6f3c2a10-0000-4000-8000-0000000000a3"),
        ["Other.App.Role"] = new("6f3c2a10-0000-4000-8000-0000000000a4"),
    };

    private const string ServicePrincipalId = "0d5e6f70-0000-4000-8000-00000000005b";
    private readonly ConcurrentQueue<JsonObject> _assignments = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _groupMembers = new(StringComparer.OrdinalIgnoreCase);
    private volatile bool _directoryDown;

    /// <summary>Assigns an app role of the API's registration to a user or a group ("User" or "Group", as Graph says).</summary>
    public void AssignAppRole(string principalId, string principalType, string roleValue) => _assignments.Enqueue(new JsonObject
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["appRoleId"] = AppRoles[roleValue].ToString(),
        ["principalId"] = principalId,
        ["principalType"] = principalType,
        ["resourceId"] = ServicePrincipalId,
    });

    public void AddGroupMember(string groupId, string userId) => _groupMembers.GetOrAdd(groupId, _ => []).Add(userId);

    /// <summary>While down, the directory's endpoints answer 503 (Graph's retries give up after <c>MaxRetries</c>).</summary>
    public bool DirectoryDown
    {
        get => _directoryDown;
        set => _directoryDown = value;
    }

    public IReadOnlyCollection<RecordedRequest> DirectoryRequests =>
        [.. GraphRequests.Where(r => r.Path.Contains("servicePrincipals", StringComparison.Ordinal) || r.Path.EndsWith("/checkMemberGroups", StringComparison.Ordinal))];

    private async Task<bool> AppRolesAsync(HttpContext context, string[] segments, string body)
    {
        var first = Uri.UnescapeDataString(segments[0]);
        var isDirectory = first == $"servicePrincipals(appId='{ClientId}')" || first == "servicePrincipals" || segments is ["users", _, "checkMemberGroups"];
        if (!isDirectory)
        {
            return false;
        }

        if (_directoryDown)
        {
            // Graph may say when to come back; saying "now" keeps the client's retries from slowing the tests down.
            context.Response.Headers.RetryAfter = "0";
            await GraphErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "serviceNotAvailable", "The service is temporarily unavailable.");
            return true;
        }

        switch (segments)
        {
            case [_] when first.StartsWith("servicePrincipals(", StringComparison.Ordinal) && HttpMethods.IsGet(context.Request.Method):
                await context.Response.WriteAsJsonAsync(new JsonObject
                {
                    ["id"] = ServicePrincipalId,
                    ["appRoles"] = new JsonArray([.. AppRoles.Select(r => (JsonNode)new JsonObject { ["id"] = r.Value.ToString(), ["value"] = r.Key, ["isEnabled"] = true })]),
                });
                return true;
            case ["servicePrincipals", ServicePrincipalId, "appRoleAssignedTo"] when HttpMethods.IsGet(context.Request.Method):
                await AssignmentsPageAsync(context);
                return true;
            case ["users", var userId, "checkMemberGroups"] when HttpMethods.IsPost(context.Request.Method):
                var asked = JsonNode.Parse(body)?["groupIds"]?.AsArray().Select(g => g!.GetValue<string>()) ?? [];
                var memberOf = asked.Where(g => _groupMembers.TryGetValue(g, out var members) && members.Contains(userId, StringComparer.OrdinalIgnoreCase));
                await context.Response.WriteAsJsonAsync(new JsonObject { ["value"] = new JsonArray([.. memberOf.Select(g => (JsonNode)g)]) });
                return true;
            default:
                await GraphErrorAsync(context, StatusCodes.Status404NotFound, "Request_ResourceNotFound", "Resource does not exist.");
                return true;
        }
    }

    private async Task AssignmentsPageAsync(HttpContext context)
    {
        const int PageSize = 2;
        var skip = int.TryParse(context.Request.Query["$skiptoken"], out var s) ? s : 0;
        var all = _assignments.ToArray();
        var page = new JsonObject { ["value"] = new JsonArray([.. all.Skip(skip).Take(PageSize).Select(a => a.DeepClone())]) };
        if (skip + PageSize < all.Length)
        {
            page["@odata.nextLink"] = $"{GraphBaseUrl}/servicePrincipals/{ServicePrincipalId}/appRoleAssignedTo?$skiptoken={skip + PageSize}";
        }

        await context.Response.WriteAsJsonAsync(page);
    }
}
