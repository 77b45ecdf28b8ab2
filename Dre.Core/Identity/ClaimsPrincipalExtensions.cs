using System.Security.Claims;

namespace Dre.Core.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller as the rest of the service knows them, from a validated Entra ID (v2) access token.</summary>
    public static UserContext ToUserContext(this ClaimsPrincipal principal)
    {
        var email = principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("email")?.Value ?? principal.FindFirst("upn")?.Value;
        var userId = principal.FindFirst("oid")?.Value ?? principal.FindFirst("sub")?.Value
            ?? throw new InvalidOperationException("A validated token carries oid or sub.");
        return new UserContext(
            userId,
            principal.FindFirst("name")?.Value ?? email ?? userId,
            email?.ToLowerInvariant(),
            Roles.FromClaims(principal.FindAll("roles").Select(c => c.Value)));
    }
}
