using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace Dre.OutlookAddin.Graph;

/// <summary>
/// Microsoft Graph as the API's own app registration (application permissions, client credentials), over the same HTTP
/// clients as the add-in's calls on the user's behalf: Graph's retry on 429/503/504, and the sign-in host's client.
/// </summary>
public sealed class AppOnlyGraph(IHttpClientFactory httpClients, IOptions<GraphOptions> graph)
{
    // One credential for the service's life: it caches the application token until it expires.
    private readonly Lazy<TokenCredential> _credential = new(() => Credential(graph.Value, httpClients.CreateClient(OnBehalfOfCredentials.HttpClientName)));

    public GraphServiceClient Client()
    {
        var options = graph.Value;
        var authentication = new AzureIdentityAuthenticationProvider(_credential.Value, allowedHosts: [options.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: false, scopes: [options.Scope]);
        return new GraphServiceClient(httpClients.CreateClient(GraphOutlookItemSource.HttpClientName), authentication, options.BaseUrl.ToString().TrimEnd('/'));
    }

    private static TokenCredential Credential(GraphOptions options, HttpClient tokenClient)
    {
        var transport = new HttpClientTransport(tokenClient);
        return string.IsNullOrWhiteSpace(options.CertificatePath)
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, new ClientSecretCredentialOptions
            {
                AuthorityHost = options.AuthorityHost, DisableInstanceDiscovery = true, Transport = transport,
            })
            : new ClientCertificateCredential(options.TenantId, options.ClientId, X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword), new ClientCertificateCredentialOptions
            {
                AuthorityHost = options.AuthorityHost, DisableInstanceDiscovery = true, Transport = transport,
            });
    }
}
