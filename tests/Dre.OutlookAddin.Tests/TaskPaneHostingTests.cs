using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dre.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dre.OutlookAddin.Tests;

/// <summary>How the service serves the pane: Office.js allowed from Microsoft's CDN in production, the development page in Development only.</summary>
public sealed class TaskPaneHostingTests
{
    [Fact]
    public async Task Production_ServesThePaneWithOfficeJsAllowed_AndNoDevelopmentPage()
    {
        await using var service = new ServiceIn("Production");
        using var client = service.CreateClient();

        using var pane = await client.GetAsync("/addin/taskpane.html");
        Assert.Equal(HttpStatusCode.OK, pane.StatusCode);
        Assert.Contains("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", await pane.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = string.Join(' ', pane.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", policy, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/addin/dev.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/addin/dev-office.js")).StatusCode);

        var config = await client.GetFromJsonAsync<JsonElement>("/addin/config.json");
        Assert.Equal("entra", config.GetProperty("mode").GetString());
        Assert.Equal(ServiceIn.ClientId, config.GetProperty("clientId").GetString());
        Assert.Equal($"api://dre.example.org/{ServiceIn.ClientId}/access_as_user", config.GetProperty("apiScope").GetString());
        Assert.Equal($"https://login.microsoftonline.com/{ServiceIn.TenantId}", config.GetProperty("authority").GetString());
        Assert.False(config.TryGetProperty("teams", out _));
    }

    [Theory]
    [InlineData("icon-16.png")]
    [InlineData("icon-32.png")]
    [InlineData("icon-80.png")]
    public async Task Production_ServesTheRibbonIconsTheManifestsPointAt(string icon)
    {
        await using var service = new ServiceIn("Production");
        using var client = service.CreateClient();

        using var response = await client.GetAsync($"/addin/assets/{icon}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "manifest", "assets", icon)), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Development_ServesTheDevelopmentPageWithoutOfficeJs_AndSaysToUseTheLocalIssuer_WithLocalSignInSettings()
    {
        await using var service = new ServiceIn("Development");
        using var client = service.CreateClient();

        using var devPane = await client.GetAsync("/addin/dev-pane.html");
        Assert.Equal(HttpStatusCode.OK, devPane.StatusCode);
        Assert.DoesNotContain("appsforoffice", await devPane.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'; script-src 'self'; style-src", string.Join(' ', devPane.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        var config = await client.GetFromJsonAsync<JsonElement>("/addin/config.json");
        Assert.Equal("development", config.GetProperty("mode").GetString());
        // A tab hosted as in Teams signs in by nested app authentication even in Development: its settings name the
        // development registration and the development issuer, never Microsoft's sign-in service.
        Assert.Equal("11111111-1111-1111-1111-111111111111", config.GetProperty("clientId").GetString());
        Assert.Equal("api://127.0.0.1/11111111-1111-1111-1111-111111111111/access_as_user", config.GetProperty("apiScope").GetString());
        Assert.Equal("dre-collab.localhost", new Uri(config.GetProperty("authority").GetString()!).Host);
    }

    private sealed class ServiceIn(string environment) : WebApplicationFactory<Program>
    {
        public const string TenantId = "7d3a1c55-2b1e-4f0a-9c8d-1e2f3a4b5c6d";
        public const string ClientId = "0c9b8a7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Storage:ConnectionString", AzuriteServer.Shared.ConnectionString);
            builder.UseSetting("Storage:TablePrefix", AzuriteServer.NewPrefix());
            builder.UseSetting("Demo:SeedContacts", "false");
            if (environment != "Development")
            {
                foreach (var (key, value) in ProductionPlaceholders.Settings)
                {
                    builder.UseSetting(key, value);
                }

                builder.UseSetting("Auth:TenantId", TenantId);
                builder.UseSetting("Auth:ClientId", ClientId);
                builder.UseSetting("Auth:Audience", $"api://dre.example.org/{ClientId}");
            }
        }
    }
}
