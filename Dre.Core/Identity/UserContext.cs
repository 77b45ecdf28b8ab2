using Dre.Core.Validation;

namespace Dre.Core.Identity;

/// <summary>
/// Who is asking: the signed-in member of staff, whatever the channel (API, Teams, Outlook). <see cref="UserId"/> is the
/// Entra object id, the same in an API token and in a Teams activity; <see cref="Email"/> is where mail reaches them.
/// </summary>
public sealed record UserContext(string UserId, string Name, string? Email, IReadOnlySet<Role> Roles)
{
    private readonly IReadOnlyList<string> _otherAddresses = [];

    /// <summary>
    /// The person's addresses beside <see cref="Email"/>: their user principal name where it is not their mail address.
    /// Contacts name attendees and follow-up owners by whichever address Outlook or the logger gave, so every one counts.
    /// </summary>
    public IReadOnlyList<string> OtherAddresses
    {
        get => _otherAddresses;
        init => _otherAddresses = [.. value.Select(a => a.ToLowerInvariant()).Where(a => !string.Equals(a, Email, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every address of the person, <see cref="Email"/> first.</summary>
    public IEnumerable<string> Addresses => Email is null ? OtherAddresses : OtherAddresses.Prepend(Email);

    public bool Is(Role role) => Roles.Contains(role);

    public bool IsDreOfficer => Is(Role.DreOfficer) || Is(Role.Admin);

    /// <summary>
    /// The keys that name this person in contacts: loggers are recorded by object id, participants and follow-up owners by
    /// an address, and rows written before object ids were used name loggers by address too.
    /// </summary>
    public bool IsNamedBy(string? key) =>
        key is not null
        && (string.Equals(key, UserId, StringComparison.OrdinalIgnoreCase)
            || Addresses.Any(a => string.Equals(key, a, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// A person from what their directory says of them, the mail address first: addresses that are not e-mail addresses
    /// are dropped, and each one is kept once, lower-cased.
    /// </summary>
    public static UserContext Of(string userId, string? name, IEnumerable<string?> addresses, IReadOnlySet<Role> roles)
    {
        var valid = addresses.OfType<string>().Select(a => a.Trim().ToLowerInvariant()).Where(EmailAddress.IsValid).Distinct(StringComparer.Ordinal).ToList();
        var email = valid.FirstOrDefault();
        return new UserContext(userId, name is { Length: > 0 } ? name : email ?? userId, email, roles) { OtherAddresses = valid.Skip(1).ToList() };
    }
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
