using Dre.Bot.Cards;
using Dre.Core.Digest;
using Dre.OutlookAddin.Graph;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace Dre.Service.Digest;

/// <summary>
/// Sends the digest by e-mail through Microsoft Graph as the API's app registration (application permission Mail.Send),
/// from the configured mailbox.
/// </summary>
public sealed class DigestMailer(AppOnlyGraph graph, IOptions<DigestMailOptions> mail)
{
    public async Task SendAsync(string to, WeeklyDigest digest, CardContext context, CancellationToken cancellationToken)
    {
        var client = graph.Client();
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
                    ContentBytes = DigestChart.RenderPng(digest.Chart, context.Texts),
                    ContentId = DigestHtml.ChartContentId,
                    IsInline = true,
                },
            ],
        };
        await client.Users[mail.Value.Sender].SendMail.PostAsync(new SendMailPostRequestBody { Message = message, SaveToSentItems = false }, cancellationToken: cancellationToken);
    }
}
