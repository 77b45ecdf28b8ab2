using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dre.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.OutlookAddin.Tests;

/// <summary>The whole service on a real loopback port (the browser needs one), in Development over Azurite, with tables of its own.</summary>
public sealed class AddinService : WebApplicationFactory<Program>
{
    public const string TeamsAppId = "5a1c0e2d-7f3b-4c1e-9d2a-6b8f0c4e1a77";
    private readonly int _port = FreePort.Next();
    private readonly bool _demoContacts;

    /// <param name="demoContacts">Whether the service seeds the demo contacts, as a demonstration run does.</param>
    public AddinService(bool demoContacts = false)
    {
        _demoContacts = demoContacts;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    /// <summary>A client of the API signed in through the development issuer, to check what the pane stored.</summary>
    public async Task<HttpClient> ApiClientForAsync(string user, string role = "staff")
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var token = await client.GetFromJsonAsync<TokenResponse>($"/dev/token?user={Uri.EscapeDataString(user)}&role={role}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", AzuriteServer.Shared.ConnectionString);
        builder.UseSetting("Storage:TablePrefix", AzuriteServer.NewPrefix());
        builder.UseSetting("Demo:SeedContacts", _demoContacts ? "true" : "false");
        builder.UseSetting("OutlookAddin:TeamsAppId", TeamsAppId);
        // The pinned test instant, running: what is planned or past, and the sample items' days, never hang on the machine's date.
        builder.ConfigureTestServices(services => services.AddSingleton(TestClock.Running()));
    }

    private sealed record TokenResponse(string AccessToken);
}
