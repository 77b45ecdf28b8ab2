using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dre.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dre.Bot.Tests;

/// <summary>The whole service in memory, over the shared Azurite, with tables of its own.</summary>
public sealed class DreApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public DreApiFactory(IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        Environment = environment;
        _settings = BaseSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Environment { get; }

    /// <summary>The store's settings with tables of a fresh prefix, and what the tests' service needs beside them.</summary>
    public static Dictionary<string, string?> BaseSettings() => new()
    {
        ["Storage:ConnectionString"] = AzuriteServer.Shared.ConnectionString,
        ["Storage:TablePrefix"] = AzuriteServer.NewPrefix(),
        ["Demo:SeedContacts"] = "false",
        [TeamsTenant.Setting] = TeamsTenant.Id,
        // These tests read the outbox themselves, and there is no Teams to send to.
        ["Notifications:Enabled"] = "false",
        // Outside Development the service reads Outlook items through Graph and checks its settings at start.
        ["Graph:TenantId"] = "00000000-0000-0000-0000-00000000c0e1",
        ["Graph:ClientId"] = "11111111-1111-1111-1111-111111111111",
        ["Graph:ClientSecret"] = "unused-in-these-tests",
    };

    /// <summary>A client signed in through the service's own development issuer, as the add-in is in Development.</summary>
    public async Task<HttpClient> ClientForAsync(string user, string role = "staff")
    {
        var client = CreateClient();
        var token = await client.GetFromJsonAsync<TokenResponse>($"/dev/token?user={Uri.EscapeDataString(user)}&role={role}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(TestClock.Running())));
    }

    private sealed record TokenResponse(string AccessToken);
}
