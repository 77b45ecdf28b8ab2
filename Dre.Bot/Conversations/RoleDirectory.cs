using System.ComponentModel.DataAnnotations;
using Dre.Core.Identity;

namespace Dre.Bot.Conversations;

/// <summary>
/// Roles of the people who talk to the bot. A Teams activity carries no token with app roles, so the bot reads them from
/// configuration: lists of e-mail addresses or Entra object ids.
/// </summary>
public sealed class RoleDirectory : IValidatableObject
{
    public const string SectionName = "Roles";

    public List<string> DreOfficers { get; set; } = [];
    public List<string> Managers { get; set; } = [];
    public List<string> Admins { get; set; } = [];

    public IReadOnlySet<Role> RolesOf(string userId, string? email)
    {
        var roles = new HashSet<Role> { Role.Staff };
        AddIfListed(roles, Role.DreOfficer, DreOfficers, userId, email);
        AddIfListed(roles, Role.Manager, Managers, userId, email);
        AddIfListed(roles, Role.Admin, Admins, userId, email);
        return roles;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, list) in new[] { (nameof(DreOfficers), DreOfficers), (nameof(Managers), Managers), (nameof(Admins), Admins) })
        {
            foreach (var entry in list)
            {
                if (string.IsNullOrWhiteSpace(entry) || (entry.Contains('@') ? !Dre.Core.Validation.EmailAddress.IsValid(entry.Trim()) : !Guid.TryParse(entry, out _)))
                {
                    yield return new ValidationResult($"Roles:{name} holds '{entry}', which is neither an e-mail address nor an Entra object id.", [name]);
                }
            }
        }
    }

    private static void AddIfListed(HashSet<Role> roles, Role role, List<string> list, string userId, string? email)
    {
        if (list.Any(e => string.Equals(e.Trim(), userId, StringComparison.OrdinalIgnoreCase)
                          || (email is not null && string.Equals(e.Trim(), email, StringComparison.OrdinalIgnoreCase))))
        {
            roles.Add(role);
        }
    }
}
