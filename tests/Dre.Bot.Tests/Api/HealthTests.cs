using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dre.Bot.Tests.Api;

public sealed class HealthTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Healthz_WhenTheStoreAnswers_Returns200WithoutAToken()
    {
        using var anonymous = api.Factory.CreateClient();

        var response = await anonymous.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheContactsApi()
    {
        using var anonymous = api.Factory.CreateClient();

        var document = await anonymous.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/contacts", document, StringComparison.Ordinal);
        Assert.Contains("/api/partners/{id}/status", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_WhenTheStoreIsDown_Returns503()
    {
        await using var factory = new DreApiFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{Dre.Testing.FreePort.Next()}/devstoreaccount1;",
        });
        using var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>())).CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
