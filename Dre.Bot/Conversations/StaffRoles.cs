using Dre.Core.Identity;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Conversations;

/// <summary>
/// The roles of someone the bot knows only by Entra object id: their app role assignments in Entra ID, and the object ids
/// configured as a fallback. Never by e-mail address: another tenant's admin can give their users any mail attribute.
/// </summary>
public sealed class StaffRoles(IAppRoleAssignments assignments, IOptionsMonitor<RoleDirectory> configured)
{
    public async Task<IReadOnlySet<Role>> OfAsync(string objectId, CancellationToken cancellationToken = default)
    {
        var roles = new HashSet<Role>(configured.CurrentValue.RolesOf(objectId));
        roles.UnionWith(await assignments.RolesOfAsync(objectId, cancellationToken));
        return roles;
    }
}
