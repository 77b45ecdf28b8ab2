using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Api;

/// <summary>
/// More contacts in a period than a list gives (500), one of them restricted: the report counts all of them, by
/// portfolio, partner or MAE, and for a reader outside the restricted one's audience, all but that one, anywhere.
/// </summary>
public sealed class ReportCountsFixture : IAsyncLifetime
{
    public const int Bulk = 520;
    public static readonly DateTimeOffset Start = TestClock.Now.AddDays(-60);
    private static readonly UserContext Importer = new("importer", "Records Officer", "records@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });

    public ApiFixture Api { get; } = new();

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        var drafts = Enumerable.Range(0, Bulk).Select(i => new ContactDraft
        {
            Kind = ContactKind.Meeting,
            Start = Start.AddHours(i),
            PartnerIds = [i % 4 == 0 ? "osce" : "morocco"],
            Subject = $"Meeting {i}",
            CoeParticipants = i % 10 == 0 ? [] : [new CoeParticipant("Someone", null, i % 2 == 0 ? "DG I" : "DG II")],
            Source = ContactSource.Api,
        }).ToList();
        var outcomes = await Api.Factory.Services.GetRequiredService<ContactService>().LogManyAsync(drafts, Importer, parallelism: 8);
        Assert.All(outcomes, o => Assert.NotNull(o.Logged));
        var secret = Drafts.Call("morocco", confidentiality: "restricted");
        secret["start"] = Start.AddDays(1);
        secret["coeParticipants"] = new[] { new { name = "Eva Schmidt", email = "eva.schmidt@coe.int", mae = "Secret MAE" } };
        (await Api.Staff.PostAsJsonAsync("/api/contacts", secret)).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}

public sealed class ReportCountsTests(ReportCountsFixture fixture) : IClassFixture<ReportCountsFixture>
{
    private static readonly string Period = $"from={Uri.EscapeDataString(ReportCountsFixture.Start.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(TestClock.Now.ToString("O"))}";

    [Fact]
    public async Task ByPortfolio_CountsEveryContactOfThePeriod_PastAListsLimit()
    {
        var report = await CountsAsync(fixture.Api.Officer, "portfolio");

        Assert.Equal(ReportCountsFixture.Bulk + 1, report["contacts"]!.GetValue<int>());
        Assert.Equal([("neighbourhood", 391), ("osce", 130)], Counts(report));
    }

    [Fact]
    public async Task ByMae_NamesContactsWithoutAnMae_AndTheRestrictedOne_OnlyForItsAudience()
    {
        var eva = Counts(await CountsAsync(fixture.Api.Staff, "mae"));
        var jan = await CountsAsync(fixture.Api.OtherStaff, "mae");

        Assert.Equal([("DG II", 260), ("DG I", 208), ("", 52), ("Secret MAE", 1)], eva);
        Assert.Equal(ReportCountsFixture.Bulk, jan["contacts"]!.GetValue<int>());
        Assert.Equal([("DG II", 260), ("DG I", 208), ("", 52)], Counts(jan));
    }

    [Fact]
    public async Task ByPartner_ForAReaderOutsideTheAudience_CountsTheRestrictedContactNowhere()
    {
        Assert.Equal([("morocco", 390), ("osce", 130)], Counts(await CountsAsync(fixture.Api.OtherStaff, "partner")));
        Assert.Equal([("morocco", 391), ("osce", 130)], Counts(await CountsAsync(fixture.Api.Officer, "partner")));
    }

    [Theory]
    [InlineData("by=week", "by")]
    [InlineData("by=7", "by")]
    [InlineData("from=2020-01-01T00:00:00Z&to=2024-01-01T00:00:00Z", "from")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    public async Task BadQuery_IsA400_NamingTheField(string query, string field)
    {
        var response = await fixture.Api.Staff.GetAsync($"/api/reports/contacts?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
    }

    private static async Task<JsonObject> CountsAsync(HttpClient client, string by) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/reports/contacts?{Period}&by={by}"))!;

    private static (string, int)[] Counts(JsonObject report) =>
        [.. report["counts"]!.AsArray().Select(c => (c!["key"]!.GetValue<string>(), c["count"]!.GetValue<int>()))];
}
