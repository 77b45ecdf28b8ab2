using System.Security.Claims;

namespace Dre.Core.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>
    /// The caller as the rest of the service knows them, from a validated Entra ID (v2) access token: the object id, and
    /// every address the token gives, the mail address (<c>email</c>, an optional claim of the app registration) first,
    /// then the user principal name (<c>preferred_username</c>, <c>upn</c>), which differs from it for some people. Teams
    /// gives the bot the same two addresses, so a person is the same reader in Outlook and in Teams.
    /// </summary>
    public static UserContext ToUserContext(this ClaimsPrincipal principal)
    {
        var userId = principal.FindFirst("oid")?.Value ?? principal.FindFirst("sub")?.Value
            ?? throw new InvalidOperationException("A validated token carries oid or sub.");
        return UserContext.Of(
            userId,
            principal.FindFirst("name")?.Value,
            [principal.FindFirst("email")?.Value, principal.FindFirst("preferred_username")?.Value, principal.FindFirst("upn")?.Value],
            Roles.FromClaims(principal.FindAll("roles").Select(c => c.Value)));
    }
}
