using Dre.OutlookAddin.ItemSource;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Dre.OutlookAddin.Graph;

public static class GraphRegistration
{
    /// <summary>
    /// The Graph item source, its options (checked at start) and its two HTTP clients: Graph's, through the Graph SDK's
    /// handlers (retry on 429/503/504 honouring Retry-After, at most <see cref="GraphOptions.MaxRetries"/> times), and
    /// the sign-in service's for the on-behalf-of exchange.
    /// </summary>
    public static IServiceCollection AddGraphOutlookItemSource(this IServiceCollection services)
    {
        services.AddGraphClients();
        services.AddSingleton<IOutlookItemSource, GraphOutlookItemSource>();
        return services;
    }

    /// <summary>What any Graph caller of the service needs: the options, checked at start, and the two HTTP clients. Added once however often asked.</summary>
    public static IServiceCollection AddGraphClients(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(IOnBehalfOfCredentials)))
        {
            return services;
        }

        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(OnBehalfOfCredentials.HttpClientName);
        services.AddHttpClient(GraphOutlookItemSource.HttpClientName)
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                var maxRetries = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>().Value.MaxRetries;
                foreach (var handler in GraphClientFactory.CreateDefaultHandlers())
                {
                    handlers.Add(handler is RetryHandler ? new RetryHandler(new RetryHandlerOption { MaxRetry = maxRetries }) : handler);
                }
            });
        services.AddSingleton<IOnBehalfOfCredentials, OnBehalfOfCredentials>();
        services.TryAddSingleton<AppOnlyGraph>();
        return services;
    }
}
