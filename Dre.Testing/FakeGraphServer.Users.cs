using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dre.Testing;

/// <summary>The directory's users as <c>GET /users/{id or user principal name}</c> answers them: the user, or Graph's 404.</summary>
public sealed partial class FakeGraphServer
{
    private readonly ConcurrentDictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a user with object id <paramref name="objectId"/> and user principal name <paramref name="userPrincipalName"/>.</summary>
    public void AddUser(string objectId, string userPrincipalName) => _users[userPrincipalName] = objectId;

    public IReadOnlyCollection<RecordedRequest> UserRequests =>
        [.. GraphRequests.Where(r => r.Method == "GET" && r.Path.StartsWith("/v1.0/users/", StringComparison.Ordinal) && r.Path.Count(c => c == '/') == 3)];

    private async Task UserAsync(HttpContext context, string key)
    {
        // Graph takes either the object id or the user principal name.
        var upn = _users.ContainsKey(key) ? key : _users.FirstOrDefault(u => string.Equals(u.Value, key, StringComparison.OrdinalIgnoreCase)).Key;
        if (upn is null || !_users.TryGetValue(upn, out var id))
        {
            await GraphErrorAsync(context, StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource '{key}' does not exist or one of its queried reference-property objects are not present.");
            return;
        }

        await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = id, ["userPrincipalName"] = upn });
    }
}
