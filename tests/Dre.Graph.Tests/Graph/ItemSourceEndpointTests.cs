using System.Net;
using System.Net.Http.Headers;
using Dre.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Graph.Tests.Graph;

/// <summary>The whole service as in production (Entra-style tokens, Graph on behalf of the user), against the local stand-ins.</summary>
public sealed class ItemSourceEndpointTests : IAsyncLifetime
{
    private const string TenantId = "5e7a11c0-0000-4000-8000-00000000d3e0";
    private LocalOpenIdIssuer _issuer = null!;
    private FakeGraphServer _graph = null!;
    private WebApplicationFactory<Program> _service = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalOpenIdIssuer.StartAsync();
        _graph = await FakeGraphServer.StartAsync();
        var settings = new Dictionary<string, string?>(GraphFixture.Settings(_graph))
        {
            ["Storage:ConnectionString"] = AzuriteServer.Shared.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteServer.NewPrefix(),
            ["Demo:SeedContacts"] = "false",
            ["Auth:UseDevelopmentIssuer"] = "false",
            ["Auth:Authority"] = _issuer.BaseUrl,
            ["Auth:TenantId"] = TenantId,
            ["Auth:ClientId"] = _graph.ClientId,
        };
        _service = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            foreach (var (key, value) in ProductionPlaceholders.Settings.Where(p => p.Key.StartsWith("MicrosoftApp", StringComparison.Ordinal)).Concat(settings))
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services =>
                services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(_graph.CreateHandler)));
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _graph.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ItemSource_Appointment_AnswersItsDetailsAndNoToken()
    {
        var ewsId = GraphItems.NewEwsId();
        var graphEvent = GraphItems.Event();
        _graph.AddEvent(ewsId, graphEvent);
        var userToken = UserToken();

        var response = await Get(ewsId, "appointment", userToken);
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(graphEvent["iCalUId"]!.GetValue<string>(), json, StringComparison.Ordinal);
        Assert.NotEmpty(_graph.IssuedTokens);
        Assert.All(_graph.IssuedTokens, token => Assert.DoesNotContain(token, json, StringComparison.Ordinal));
        Assert.DoesNotContain(userToken, json, StringComparison.Ordinal);
        Assert.DoesNotContain("token", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(_graph.TokenRequests, r => r.Body.Contains(userToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItemSource_ItemNotInTheMailbox_Returns404()
    {
        var response = await Get(GraphItems.NewEwsId(), "message", UserToken());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Get(string itemId, string itemType, string token)
    {
        using var client = _service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync($"/api/outlook/item-source?itemId={Uri.EscapeDataString(itemId)}&itemType={itemType}");
    }

    private string UserToken() => _issuer.CreateToken(_graph.ClientId, new Dictionary<string, object>
    {
        ["oid"] = Guid.NewGuid().ToString(),
        ["tid"] = TenantId,
        ["preferred_username"] = "eva.schmidt@coe.int",
        ["name"] = "Eva Schmidt",
        ["scp"] = "access_as_user",
    });
}
