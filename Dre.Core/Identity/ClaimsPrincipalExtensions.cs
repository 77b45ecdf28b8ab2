using System.Security.Claims;
namespace Dre.Core.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller as the rest of the service knows them, from a validated Entra ID (v2) access token.</summary>
    public static UserContext ToUserContext(this ClaimsPrincipal principal)
    {
        var email = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? principal.FindFirstValue("upn");
        var userId = principal.FindFirstValue("oid") ?? principal.FindFirstValue("sub")
            ?? throw new InvalidOperationException("A validated token carries oid or sub.");
        return new UserContext(
            userId,
            principal.FindFirstValue("name") ?? email ?? userId,
            email?.ToLowerInvariant(),
            Roles.FromClaims(principal.FindAll("roles").Select(c => c.Value)));
    }
}
