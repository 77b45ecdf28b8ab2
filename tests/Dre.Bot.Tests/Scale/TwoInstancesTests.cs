using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Dre.Testing;

namespace Dre.Bot.Tests.Scale;

/// <summary>Two service processes on one store behave as one service: nothing an instance needs lives only in its memory.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly string _prefix = AzuriteServer.NewPrefix();
    private ServiceProcess _first = null!;
    private ServiceProcess _second = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage:ConnectionString"] = AzuriteServer.Shared.ConnectionString,
            ["Storage:TablePrefix"] = _prefix,
            ["Demo:SeedContacts"] = "true",
            ["Telemetry:Console"] = "false",
        };
        var assembly = Path.Combine(AppContext.BaseDirectory, "Dre.Service.dll");
        var started = await Task.WhenAll(ServiceProcess.StartAsync(assembly, settings), ServiceProcess.StartAsync(assembly, settings));
        (_first, _second) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task DemoData_StartedOnTwoInstancesAtOnce_IsSeededOnce()
    {
        var contacts = new TableClient(AzuriteServer.Shared.ConnectionString, _prefix + "Contacts");

        var count = await contacts.QueryAsync<TableEntity>(select: ["PartitionKey"]).CountAsync();

        Assert.Equal(160, count);
    }

    [Fact]
    public async Task SameMeeting_LoggedThroughBothInstancesAtOnce_IsOneContact()
    {
        using var a = await ClientAsync(_first, "eva.schmidt@coe.int");
        using var b = await ClientAsync(_second, "jan.novak@coe.int");
        var uid = "UID-TWO-" + Guid.NewGuid();

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b).PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: $"notes {i}"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!["id"]!.GetValue<string>()));
        Assert.Single(ids.Distinct());
        var fromSecond = await b.GetFromJsonAsync<JsonObject>($"/api/contacts/{ids[0]}");
        Assert.Equal(2, fromSecond!["loggers"]!.AsArray().Count);
    }

    private static async Task<HttpClient> ClientAsync(ServiceProcess service, string user)
    {
        var client = new HttpClient { BaseAddress = service.BaseAddress };
        var token = await client.GetFromJsonAsync<JsonObject>($"/dev/token?user={user}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["accessToken"]!.GetValue<string>());
        return client;
    }
}
