using System.ComponentModel.DataAnnotations;

namespace Dre.OutlookAddin.Graph;

/// <summary>
/// How the service reads the user's mailbox: Microsoft Graph on the user's behalf (on-behalf-of flow), as the API's own
/// app registration (the one the add-in's tokens are issued for).
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    /// <summary>Microsoft Graph's root; settable for national clouds and for a local stand-in in tests.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    [Required(ErrorMessage = "Graph:TenantId is required: the on-behalf-of exchange happens in the users' tenant.")]
    public string TenantId { get; set; } = "";

    [Required(ErrorMessage = "Graph:ClientId is required: it is the API's app registration, the audience of the add-in's tokens.")]
    public string ClientId { get; set; } = "";

    /// <summary>The API registration's client secret, or leave empty and give <see cref="CertificatePath"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PKCS#12 file holding the API registration's certificate and private key (App Service: /var/ssl/private/{thumbprint}.p12).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The Entra ID sign-in host; settable for national clouds and for a local token endpoint in tests.</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>How many times a throttled (429) or unavailable (503, 504) Graph call is tried again, waiting as Retry-After says.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The delegated permissions the API was consented (Calendars.Read, Mail.Read), asked for as the Graph resource's ".default".</summary>
    public string Scope => BaseUrl.GetLeftPart(UriPartial.Authority) + "/.default";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ClientSecret) == string.IsNullOrWhiteSpace(CertificatePath))
        {
            yield return new ValidationResult(
                "Give exactly one of Graph:ClientSecret and Graph:CertificatePath: the API's credential for the on-behalf-of exchange.",
                [nameof(ClientSecret), nameof(CertificatePath)]);
        }

        foreach (var (name, uri) in new[] { (nameof(BaseUrl), BaseUrl), (nameof(AuthorityHost), AuthorityHost) })
        {
            if (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps)
            {
                yield return new ValidationResult($"Graph:{name} must be an absolute https URL: tokens travel on it.", [name]);
            }
        }
    }
}
