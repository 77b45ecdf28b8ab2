namespace Dre.Core.Identity;

/// <summary>Who is asking: the signed-in member of staff, whatever the channel (API, Teams, Outlook).</summary>
public sealed record UserContext(string UserId, string Name, string? Email, IReadOnlySet<Role> Roles)
{
    public bool Is(Role role) => Roles.Contains(role);

    public bool IsDreOfficer => Is(Role.DreOfficer) || Is(Role.Admin);

    /// <summary>The keys that name this person in contacts: participants and follow-up owners are recorded by e-mail, loggers by id.</summary>
    public bool IsNamedBy(string? key) =>
        key is not null
        && (string.Equals(key, UserId, StringComparison.OrdinalIgnoreCase)
            || (Email is not null && string.Equals(key, Email, StringComparison.OrdinalIgnoreCase)));
}

public enum Role
{
    Staff,
    DreOfficer,
    Manager,
    Admin,
}

public static class Roles
{
    /// <summary>App role values as defined on the app registration and carried in the token's "roles" claim.</summary>
    public const string DreOfficer = "Dre.Officer";
    public const string Manager = "Dre.Manager";
    public const string Admin = "Dre.Admin";

    public static IReadOnlySet<Role> FromClaims(IEnumerable<string> roleClaims)
    {
        var roles = new HashSet<Role> { Role.Staff };
        foreach (var claim in roleClaims)
        {
            switch (claim)
            {
                case DreOfficer: roles.Add(Role.DreOfficer); break;
                case Manager: roles.Add(Role.Manager); break;
                case Admin: roles.Add(Role.Admin); break;
            }
        }

        return roles;
    }
}
