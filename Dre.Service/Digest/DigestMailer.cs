using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Dre.Bot.Cards;
using Dre.Core.Digest;
using Dre.OutlookAddin.Graph;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace Dre.Service.Digest;

/// <summary>
/// Sends the digest by e-mail through Microsoft Graph as the API's app registration (application permission Mail.Send),
/// from the configured mailbox, over the same HTTP clients as the add-in's Graph calls (Graph's retry on 429/503/504).
/// </summary>
public sealed class DigestMailer(IHttpClientFactory httpClients, IOptions<GraphOptions> graph, IOptions<DigestMailOptions> mail)
{
    // One credential for the service's life: it caches the application token until it expires.
    private readonly Lazy<TokenCredential> _credential = new(() => Credential(graph.Value, httpClients.CreateClient(OnBehalfOfCredentials.HttpClientName)));

    public async Task SendAsync(string to, WeeklyDigest digest, CardContext context, CancellationToken cancellationToken)
    {
        var options = graph.Value;
        var authentication = new AzureIdentityAuthenticationProvider(_credential.Value, allowedHosts: [options.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: false, scopes: [options.Scope]);
        var client = new GraphServiceClient(httpClients.CreateClient(GraphOutlookItemSource.HttpClientName), authentication, options.BaseUrl.ToString().TrimEnd('/'));
        var message = new Message
        {
            Subject = $"{context.Texts.DigestTitle(digest.Frequency)} · {context.Date(digest.From)}",
            Body = new ItemBody { ContentType = BodyType.Html, Content = DigestHtml.Render(digest, context) },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = to } }],
            Attachments =
            [
                new FileAttachment
                {
                    OdataType = "#microsoft.graph.fileAttachment",
                    Name = "chart.png",
                    ContentType = "image/png",
                    ContentBytes = DigestChart.RenderPng(digest.Chart),
                    ContentId = DigestHtml.ChartContentId,
                    IsInline = true,
                },
            ],
        };
        await client.Users[mail.Value.Sender].SendMail.PostAsync(new SendMailPostRequestBody { Message = message, SaveToSentItems = false }, cancellationToken: cancellationToken);
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
