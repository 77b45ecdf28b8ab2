namespace Dre.Core.Identity;

/// <summary>
/// The Entra app roles assigned to a person, directly or through a group, for callers whose request carries no token with
/// a <c>roles</c> claim: the bot, and the digest's subscribers.
/// </summary>
public interface IAppRoleAssignments
{
    /// <summary>The roles assigned to the user with this Entra object id; none when the directory does not know them or cannot be read.</summary>
    Task<IReadOnlySet<Role>> RolesOfAsync(string objectId, CancellationToken cancellationToken = default);
}

/// <summary>Where no directory is configured (Development, tests): roles come from the configured object ids alone.</summary>
public sealed class NoAppRoleAssignments : IAppRoleAssignments
{
    private static readonly IReadOnlySet<Role> None = new HashSet<Role>();

    public Task<IReadOnlySet<Role>> RolesOfAsync(string objectId, CancellationToken cancellationToken = default) => Task.FromResult(None);
}
