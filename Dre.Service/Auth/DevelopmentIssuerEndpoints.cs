using Dre.Core.Validation;
using Microsoft.Extensions.Options;

namespace Dre.Service.Auth;

public static class DevelopmentIssuerEndpoints
{
    /// <summary>
    /// GET /dev/token?user=&amp;role=&amp;email=, mapped only in Development with the development issuer switched on. <c>user</c>
    /// is the user principal name; <c>email</c>, the mail address, is for trying someone whose two differ.
    /// </summary>
    public static WebApplication MapDevelopmentIssuer(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || !app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.UseDevelopmentIssuer)
        {
            return app;
        }

        app.MapGet("/dev/token", (string? user, string? role, string? email, DevelopmentIssuer issuer) =>
        {
            var errors = new InputErrors();
            var upn = errors.Email("user", user ?? "");
            var mail = errors.Email("email", email);
            if (upn is null && !errors.Any)
            {
                errors.Add("user", "user is required (an e-mail address).");
            }

            string? roleClaim = null;
            try
            {
                roleClaim = DevelopmentIssuer.RoleClaim(role);
            }
            catch (ArgumentException e)
            {
                errors.Add("role", e.Message.Split(" (")[0]);
            }

            errors.ThrowIfAny();
            var lifetime = TimeSpan.FromHours(8);
            return Results.Ok(new DevelopmentToken(issuer.IssueToken(upn!, roleClaim, lifetime, mail), "Bearer", (int)lifetime.TotalSeconds));
        }).ExcludeFromDescription();
        return app;
    }

    private sealed record DevelopmentToken(string AccessToken, string TokenType, int ExpiresIn);
}
