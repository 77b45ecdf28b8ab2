using System.ComponentModel.DataAnnotations;

namespace Dre.Service.Auth;

/// <summary>How the API validates its bearer tokens: Entra ID in production, the service's own issuer in Development.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    [Required(ErrorMessage = "Auth:TenantId is required: tokens from other tenants are refused.")]
    public string TenantId { get; set; } = "";

    [Required(ErrorMessage = "Auth:ClientId is required: it is the API's app registration.")]
    public string ClientId { get; set; } = "";

    /// <summary>The Application ID URI; tokens may name it or the client id as their audience.</summary>
    public string? Audience { get; set; }

    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Overrides the Entra ID authority (a sovereign cloud, or a local OpenID issuer in tests).</summary>
    public Uri? Authority { get; set; }

    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>Development only: trust tokens from the service's own /dev/token endpoint. Start-up refuses it elsewhere.</summary>
    public bool UseDevelopmentIssuer { get; set; }

    public Uri EffectiveAuthority => Authority ?? new Uri(Instance, $"{TenantId}/v2.0");

    public IEnumerable<string> ValidAudiences => Audience is null ? [ClientId] : [ClientId, Audience];
}
