using System.Security.Cryptography;
using Dre.Core.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dre.Service.Auth;

/// <summary>
/// A local token issuer for Development, so that the API, the add-in and the bot can be tried with real bearer tokens
/// without Entra ID. Its key lives in memory: tokens die with the process.
/// </summary>
public sealed class DevelopmentIssuer : IDisposable
{
    public const string Issuer = "https://dre-collab.localhost/dev-issuer/v2.0";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly AuthOptions _options;
    private readonly TimeProvider _time;

    public DevelopmentIssuer(IOptions<AuthOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        Key = new RsaSecurityKey(_rsa) { KeyId = "dev-" + Guid.NewGuid().ToString("N")[..8] };
    }

    public SecurityKey Key { get; }

    /// <summary>A token for <paramref name="user"/> (the user principal name), with the optional <c>email</c> claim when the mail address differs.</summary>
    public string IssueToken(string user, string? role, TimeSpan lifetime, string? email = null)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["oid"] = ObjectIdOf(user),
            ["tid"] = _options.TenantId,
            ["preferred_username"] = user,
            ["name"] = DisplayNameOf(user),
            ["scp"] = _options.RequiredScope,
            ["ver"] = "2.0",
        };
        if (email is not null)
        {
            claims["email"] = email;
        }

        if (RoleClaim(role) is { } roleClaim)
        {
            claims["roles"] = new[] { roleClaim };
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = _options.ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();

    public static string? RoleClaim(string? role) => role?.ToLowerInvariant() switch
    {
        null or "" or "staff" => null,
        "officer" or "dre.officer" => Roles.DreOfficer,
        "manager" or "dre.manager" => Roles.Manager,
        "admin" or "dre.admin" => Roles.Admin,
        _ => throw new ArgumentException("role is one of staff, officer, manager, admin.", nameof(role)),
    };

    /// <summary>"anne-marie.dupont@coe.int" reads as "Anne-Marie Dupont".</summary>
    public static string DisplayNameOf(string user)
    {
        var local = user.Split('@')[0];
        return string.Join(' ', local.Split('.', '_').Where(p => p.Length > 0)
            .Select(p => string.Join('-', p.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]))));
    }

    /// <summary>The object id this issuer gives an address, the same in every run, so that demo data can name its people by it.</summary>
    public static string ObjectIdOf(string user) =>
        new Guid(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(user.ToLowerInvariant()))[..16]).ToString();
}
