using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Dre.Core.Identity;

namespace Dre.Bot.Conversations;

/// <summary>
/// Roles granted in configuration, by Entra object id: the fallback beside Entra app role assignments
/// (<see cref="StaffRoles"/>), for a tenant whose app roles are not assigned yet, and for Development.
/// </summary>
public sealed partial class RoleDirectory : IValidatableObject
{
    public const string SectionName = "Roles";

    /// <summary>
    /// Read the app roles assigned in Entra ID (to users or groups, on the API's app registration) through Microsoft Graph,
    /// with the application permissions Application.Read.All and GroupMember.Read.All; see docs/deploy.md.
    /// </summary>
    public bool AppRoleAssignments { get; set; }

    public List<string> DreOfficers { get; set; } = [];
    public List<string> Managers { get; set; } = [];
    public List<string> Admins { get; set; } = [];

    public IReadOnlySet<Role> RolesOf(string objectId)
    {
        var roles = new HashSet<Role> { Role.Staff };
        AddIfListed(roles, Role.DreOfficer, DreOfficers, objectId);
        AddIfListed(roles, Role.Manager, Managers, objectId);
        AddIfListed(roles, Role.Admin, Admins, objectId);
        return roles;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, list) in new[] { (nameof(DreOfficers), DreOfficers), (nameof(Managers), Managers), (nameof(Admins), Admins) })
        {
            foreach (var entry in list)
            {
                if (entry.Contains('@'))
                {
                    yield return new ValidationResult(
                        $"Roles:{name} holds the e-mail address '{entry}': roles are granted by Entra object id only, since another tenant's admin can give their users any address.",
                        [name]);
                }
                else if (!ObjectId().IsMatch(entry))
                {
                    yield return new ValidationResult($"Roles:{name} holds '{entry}', which is not an Entra object id.", [name]);
                }
            }
        }
    }

    private static void AddIfListed(HashSet<Role> roles, Role role, List<string> list, string objectId)
    {
        if (list.Any(e => string.Equals(e.Trim(), objectId, StringComparison.OrdinalIgnoreCase)))
        {
            roles.Add(role);
        }
    }

    // A GUID's shape, loosely: the Agents Playground's mock users have one hex digit too many in the last group.
    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,13}$")]
    private static partial Regex ObjectId();
}
