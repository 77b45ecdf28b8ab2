using Dre.Core.Digest;
using Dre.OutlookAddin.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dre.Service.Digest;

public static class DigestMailExtensions
{
    /// <summary>Who gets the digest and how: Teams always, and an e-mail copy through Microsoft Graph when a sender is set.</summary>
    public static WebApplicationBuilder AddDigestMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestMailOptions>().BindConfiguration(DigestMailOptions.SectionName);
        // Resolvable when mail is off too (the delivery is composed either way); Graph is called only when it is on.
        builder.Services.TryAddSingleton<AppOnlyGraph>();
        builder.Services.AddSingleton<DigestMailer>();
        builder.Services.AddSingleton<DigestMailDelivery>();
        builder.Services.AddSingleton<IDigestRecipients, DigestRecipientsWithMail>();
        builder.Services.AddSingleton<IDigestDelivery, DigestDeliveryByRoute>();
        if (builder.Configuration.GetSection(DigestMailOptions.SectionName).Get<DigestMailOptions>() is { Enabled: true })
        {
            // Only then are the Graph settings required, and checked at start.
            builder.Services.AddGraphClients();
        }

        return builder;
    }
}
