using Dre.Bot.Digest;
using Dre.Bot.Teams;
using Dre.Core.Digest;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Notifications;

public static class NotificationExtensions
{
    /// <summary>What the bot sends on its own: channel summaries and alerts from the outbox, and the scheduled digests.</summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>()
            .BindConfiguration(NotificationOptions.SectionName)
            .ValidateDataAnnotations()
            // A send is a few connector calls (a card per channel, then alerts): a lease shorter than that lets another instance send it too.
            .Validate(o => o.Lease >= o.ConnectorTimeout * 6, "Notifications:Lease must be at least six times Notifications:ConnectorTimeout.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(TeamsBotExtensions.HttpClientName)
            .ConfigureHttpClient((services, client) => client.Timeout = services.GetRequiredService<IOptions<NotificationOptions>>().Value.ConnectorTimeout);
        builder.Services.AddSingleton<ConversationPacer>();
        builder.Services.AddSingleton<ProactiveMessenger>();
        builder.Services.AddSingleton<ChannelCards>();
        builder.Services.AddSingleton<PersonalReach>();
        builder.Services.AddSingleton<CoordinationAlertRevisions>();
        builder.Services.AddSingleton<CoordinationAlerts>();
        builder.Services.AddSingleton<ContactNotifier>();
        // Teams' recipients and delivery; the host decides whether the e-mail copy joins them (AddDigestMail).
        builder.Services.AddSingleton<TeamsDigestRecipients>();
        builder.Services.AddSingleton<TeamsDigestDelivery>();
        builder.Services.AddSingleton<DigestRunner>();

        if (builder.Configuration.GetValue($"{NotificationOptions.SectionName}:{nameof(NotificationOptions.Enabled)}", true))
        {
            builder.Services.AddHostedService<ChannelSummarySender>();
            builder.Services.AddHostedService<DigestScheduler>();
        }

        return builder;
    }
}
