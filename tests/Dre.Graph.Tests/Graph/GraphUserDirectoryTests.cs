using Dre.Service.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Graph.Tests.Graph;

/// <summary>Who an address names, read from Entra ID through a local Graph speaking its protocol.</summary>
public sealed class GraphUserDirectoryTests : IAsyncLifetime
{
    private const string Ines = "1b2c3d4e-0000-4000-8000-0000000000e1";

    private readonly FakeTimeProvider _time = TestClock.Pinned();
    private FakeGraphServer _graph = null!;
    private ServiceProvider _services = null!;

    private GraphUserDirectory Directory => _services.GetRequiredService<GraphUserDirectory>();

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.AddUser(Ines, "ines.moreau@coe.int");
        _services = GraphFixture.Services(_graph, s => s.AddSingleton<TimeProvider>(_time).AddSingleton<GraphUserDirectory>()).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task AKnownAddress_NamesItsObjectId_InAnyCase_AndAnUnknownOneNobody()
    {
        Assert.Equal(Ines, await Directory.ObjectIdOfAsync("Ines.Moreau@coe.int"));
        Assert.Null(await Directory.ObjectIdOfAsync("nobody@coe.int"));
        Assert.Null(await Directory.ObjectIdOfAsync("not an address"));
        // Read as the API's registration itself, with an application token; the text that is no address is never asked.
        Assert.All(_graph.TokenRequests, r => Assert.Contains("grant_type=client_credentials", r.Body, StringComparison.Ordinal));
        Assert.Equal(2, _graph.UserRequests.Count);
    }

    [Fact]
    public async Task AnAnswer_KnownOrNot_IsKeptForItsLifetime_ThenAskedAgain()
    {
        await Directory.ObjectIdOfAsync("ines.moreau@coe.int");
        await Directory.ObjectIdOfAsync("nobody@coe.int");
        await Directory.ObjectIdOfAsync("ines.moreau@coe.int");
        await Directory.ObjectIdOfAsync("nobody@coe.int");
        Assert.Equal(2, _graph.UserRequests.Count);

        _time.Advance(GraphUserDirectory.Lifetime);
        Assert.Equal(Ines, await Directory.ObjectIdOfAsync("ines.moreau@coe.int"));
        Assert.Equal(3, _graph.UserRequests.Count);
    }
}
