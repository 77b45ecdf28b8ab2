using Dre.Bot.Digest;
using Dre.Bot.Teams;
using Dre.Core.Digest;
using Dre.OutlookAddin.Graph;
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
            .ValidateOnStart();
        builder.Services.AddHttpClient(TeamsBotExtensions.HttpClientName)
            .ConfigureHttpClient((services, client) => client.Timeout = services.GetRequiredService<IOptions<NotificationOptions>>().Value.ConnectorTimeout);
        builder.Services.AddSingleton<ConversationPacer>();
        builder.Services.AddSingleton<ProactiveMessenger>();
        builder.Services.AddSingleton<ChannelCards>();
        builder.Services.AddSingleton<CoordinationAlerts>();
        builder.Services.AddSingleton<ContactNotifier>();
        builder.Services.AddSingleton<IDigestRecipients, TeamsDigestRecipients>();
        builder.Services.AddSingleton<IDigestDelivery, TeamsDigestDelivery>();
        builder.Services.AddSingleton<DigestRunner>();
        builder.Services.AddOptions<DigestMailOptions>().BindConfiguration(DigestMailOptions.SectionName);
        builder.Services.AddSingleton<DigestMailer>();
        if (builder.Configuration.GetSection(DigestMailOptions.SectionName).Get<DigestMailOptions>() is { Enabled: true })
        {
            // Only then are the Graph settings required, and checked at start.
            builder.Services.AddGraphClients();
        }

        if (builder.Configuration.GetValue($"{NotificationOptions.SectionName}:{nameof(NotificationOptions.Enabled)}", true))
        {
            builder.Services.AddHostedService<ChannelSummarySender>();
            builder.Services.AddHostedService<DigestScheduler>();
        }

        return builder;
    }
}
