using Dre.Core.Briefings;

namespace Dre.Bot.Briefings;

public static class BriefingExtensions
{
    /// <summary>Briefings before planned contacts, sent by every instance that has them enabled (each goes once).</summary>
    public static WebApplicationBuilder AddBriefings(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BriefingSender>();
        if (builder.Configuration.GetValue($"{BriefingOptions.SectionName}:{nameof(BriefingOptions.Enabled)}", true)
            && builder.Configuration.GetValue("Notifications:Enabled", true))
        {
            builder.Services.AddHostedService<BriefingScheduler>();
        }

        return builder;
    }
}
