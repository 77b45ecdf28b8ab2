using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Dre.OutlookAddin.Graph;

/// <summary>
/// Azure.Identity's on-behalf-of credential for the API's registration. Instance discovery is off: the authority host
/// is known, and nothing else is asked of the sign-in service than the token exchange itself.
/// </summary>
public sealed class OnBehalfOfCredentials(IOptions<GraphOptions> options, IHttpClientFactory httpClients) : IOnBehalfOfCredentials
{
    public const string HttpClientName = "Dre.Graph.Token";

    private readonly Lazy<X509Certificate2?> _certificate = new(() => LoadCertificate(options.Value));

    public TokenCredential For(string userAccessToken)
    {
        var graph = options.Value;
        var credentialOptions = new OnBehalfOfCredentialOptions
        {
            AuthorityHost = graph.AuthorityHost,
            DisableInstanceDiscovery = true,
            Transport = new HttpClientTransport(httpClients.CreateClient(HttpClientName)),
        };
        return _certificate.Value is { } certificate
            ? new OnBehalfOfCredential(graph.TenantId, graph.ClientId, certificate, userAccessToken, credentialOptions)
            : new OnBehalfOfCredential(graph.TenantId, graph.ClientId, graph.ClientSecret, userAccessToken, credentialOptions);
    }

    private static X509Certificate2? LoadCertificate(GraphOptions graph) =>
        string.IsNullOrWhiteSpace(graph.CertificatePath)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(graph.CertificatePath, graph.CertificatePassword);
}
