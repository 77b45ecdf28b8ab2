using System.Collections.Concurrent;
using Dre.Core.Identity;
using Dre.OutlookAddin.Graph;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.CheckMemberGroups;
using Microsoft.Kiota.Abstractions;

namespace Dre.Service.Identity;

/// <summary>
/// The app roles Entra ID assigns on the API's app registration, read through Microsoft Graph as the registration itself:
/// the service principal's role assignments (to users and to groups), and for a user the assigned groups they belong to,
/// transitively. Both are kept for <see cref="Lifetime"/>, so that a turn costs no Graph call once its asker is known,
/// and a role taken away in Entra ID stops working within that time.
/// </summary>
public sealed class GraphAppRoleAssignments(AppOnlyGraph graph, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphAppRoleAssignments> logger) : IAppRoleAssignments
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private static readonly IReadOnlySet<Role> None = new HashSet<Role>();
    private readonly ConcurrentDictionary<string, Cached<IReadOnlySet<Role>>> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private Cached<IReadOnlyList<Assignment>>? _assignments;

    public async Task<IReadOnlySet<Role>> RolesOfAsync(string objectId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(objectId, out _))
        {
            return None;
        }

        var now = time.GetUtcNow();
        // The lookups are shared by every turn that asks meanwhile, so none of them runs on one caller's cancellation.
        var cached = _users.AddOrUpdate(
            objectId,
            id => new Cached<IReadOnlySet<Role>>(now + Lifetime, ResolveAsync(id)),
            (id, old) => old.IsFresh(now) ? old : new Cached<IReadOnlySet<Role>>(now + Lifetime, ResolveAsync(id)));
        try
        {
            return await cached.Value.WaitAsync(cancellationToken);
        }
        // Graph's retry handler reports the answers it gave up on together, as an AggregateException.
        catch (Exception e) when (e is ApiException or AggregateException or HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            // Fail closed: without the directory the asker has the configured roles only, and the next turn asks again.
            logger.LogWarning(e, "Could not read the app role assignments of {ObjectId} from Microsoft Graph", objectId);
            return None;
        }
    }

    private async Task<IReadOnlySet<Role>> ResolveAsync(string objectId)
    {
        var assignments = await AssignmentsAsync();
        var roles = assignments.Where(a => a.PrincipalType == "User" && string.Equals(a.PrincipalId, objectId, StringComparison.OrdinalIgnoreCase)).Select(a => a.Role).ToHashSet();
        var groups = assignments.Where(a => a.PrincipalType == "Group").Select(a => a.PrincipalId).Distinct().ToList();
        // checkMemberGroups takes at most 20 groups a call, and answers with those the user is a member of, directly or not.
        foreach (var chunk in groups.Chunk(20))
        {
            var member = await graph.Client().Users[objectId].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(
                new CheckMemberGroupsPostRequestBody { GroupIds = [.. chunk] });
            var of = (member?.Value ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            roles.UnionWith(assignments.Where(a => a.PrincipalType == "Group" && of.Contains(a.PrincipalId)).Select(a => a.Role));
        }

        return roles;
    }

    private Task<IReadOnlyList<Assignment>> AssignmentsAsync()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_assignments is not { } cached || !cached.IsFresh(now))
            {
                _assignments = cached = new Cached<IReadOnlyList<Assignment>>(now + Lifetime, LoadAssignmentsAsync());
            }

            return cached.Value;
        }
    }

    private async Task<IReadOnlyList<Assignment>> LoadAssignmentsAsync()
    {
        var client = graph.Client();
        var principal = await client.ServicePrincipalsWithAppId(options.Value.ClientId).GetAsync(
            r => r.QueryParameters.Select = ["id", "appRoles"])
            ?? throw new InvalidOperationException("Microsoft Graph answered without the API's service principal.");
        var values = (principal.AppRoles ?? []).Where(r => r.Id is not null && r.Value is not null).ToDictionary(r => r.Id!.Value, r => r.Value!);
        var assignments = new List<Assignment>();
        var page = await client.ServicePrincipals[principal.Id].AppRoleAssignedTo.GetAsync();
        var iterator = PageIterator<AppRoleAssignment, AppRoleAssignmentCollectionResponse>.CreatePageIterator(client, page!, assignment =>
        {
            if (assignment.AppRoleId is { } roleId && values.TryGetValue(roleId, out var value) && RoleOf(value) is { } role && assignment.PrincipalId is { } id)
            {
                assignments.Add(new Assignment(id.ToString(), assignment.PrincipalType ?? "", role));
            }

            return true;
        });
        await iterator.IterateAsync();
        return assignments;
    }

    private static Role? RoleOf(string value) => value switch
    {
        Roles.DreOfficer => Role.DreOfficer,
        Roles.Manager => Role.Manager,
        Roles.Admin => Role.Admin,
        _ => null,
    };

    private sealed record Assignment(string PrincipalId, string PrincipalType, Role Role);

    /// <summary>A lookup and until when it holds; a failed one holds for nobody, so that the next turn asks Graph again.</summary>
    private sealed record Cached<T>(DateTimeOffset Until, Task<T> Value)
    {
        public bool IsFresh(DateTimeOffset now) => Until > now && !Value.IsFaulted && !Value.IsCanceled;
    }
}
