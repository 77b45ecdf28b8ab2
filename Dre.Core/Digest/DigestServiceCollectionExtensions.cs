using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dre.Core.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>The digest's building blocks; the host adds the scheduler once it has recipients and a delivery.</summary>
    public static IHostApplicationBuilder AddDreDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<DigestSlotReader>();
        builder.Services.AddSingleton<DigestSlotCache>();
        builder.Services.AddSingleton<DigestBuilder>();
        builder.Services.AddSingleton<DigestPreview>();
        return builder;
    }
}
