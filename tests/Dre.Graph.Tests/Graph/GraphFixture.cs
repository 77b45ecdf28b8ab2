using Dre.OutlookAddin.Graph;
using Dre.OutlookAddin.ItemSource;
using Dre.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Graph.Tests.Graph;

/// <summary>The fake Graph and token endpoint, and the item source wired as the service wires it, pointed at them.</summary>
public sealed class GraphFixture : IAsyncLifetime
{
    public const int MaxRetries = 2;

    private ServiceProvider _services = null!;

    public FakeGraphServer Graph { get; private set; } = null!;

    public IOutlookItemSource Source => _services.GetRequiredService<IOutlookItemSource>();

    public async Task InitializeAsync()
    {
        Graph = await FakeGraphServer.StartAsync();
        _services = Services(Graph).BuildServiceProvider(validateScopes: true);
    }

    /// <summary>The registration under test, configured for <paramref name="graph"/>; <paramref name="configure"/> may replace parts.</summary>
    public static IServiceCollection Services(FakeGraphServer graph, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(graph)).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddGraphOutlookItemSource();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(graph.CreateHandler));
        configure?.Invoke(services);
        return services;
    }

    public static Dictionary<string, string?> Settings(FakeGraphServer graph) => new()
    {
        ["Graph:BaseUrl"] = graph.GraphBaseUrl,
        ["Graph:AuthorityHost"] = graph.BaseUrl,
        ["Graph:TenantId"] = graph.TenantId,
        ["Graph:ClientId"] = graph.ClientId,
        ["Graph:ClientSecret"] = graph.ClientSecret,
        ["Graph:MaxRetries"] = MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
