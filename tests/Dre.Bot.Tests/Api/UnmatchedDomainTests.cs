using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Bot.Tests.Api;

/// <summary>
/// The domains match requests could not attribute, for DRE officers to triage: counted per request, one row each,
/// never the Council's nor free-mail ones; assigning one to a partner or ignoring it takes it off the list.
/// Every domain here is unique to its test: the fixture's tables are shared by the class.
/// </summary>
public sealed class UnmatchedDomainTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task UnknownDomains_AreCountedOncePerRequest_WithoutTheCouncilsOrFreeMail()
    {
        var domain = $"ministry-{Guid.NewGuid():N}.example.org";

        await Match(api.Staff, $"a@{domain}", $"B@{domain.ToUpperInvariant()}", "x@coe.int", "y@gmail.com", "z@odihr.pl");
        await Match(api.OtherStaff, $"c@{domain}");

        var listed = await List();
        var row = Assert.Single(listed, r => r!["domain"]!.GetValue<string>() == domain)!;
        Assert.Equal(2, row["timesSeen"]!.GetValue<int>());
        var first = row["firstSeen"]!.GetValue<DateTimeOffset>();
        Assert.InRange(first, TestClock.Now, row["lastSeen"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain(listed, r => r!["domain"]!.GetValue<string>() is "coe.int" or "gmail.com" or "odihr.pl");
        // Only the domain is kept: no address, name or item reaches the list.
        Assert.Equal(["domain", "firstSeen", "lastSeen", "timesSeen"], row.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Staff_AreRefused_BothTheListAndIgnoring()
    {
        var domain = $"refused-{Guid.NewGuid():N}.example.org";
        await Match(api.Staff, $"a@{domain}");

        Assert.Equal(HttpStatusCode.Forbidden, (await api.Staff.GetAsync("/api/partners/unmatched-domains")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Staff.PostAsync($"/api/partners/unmatched-domains/{domain}/ignore", null)).StatusCode);
        Assert.Contains(await List(), r => r!["domain"]!.GetValue<string>() == domain);
    }

    [Fact]
    public async Task Ignoring_TakesTheDomainOff_TwiceChangesNothing_AndAnotherMatchKeepsItOff()
    {
        var domain = $"conference-{Guid.NewGuid():N}.example.org";
        await Match(api.Staff, $"a@{domain}");

        var first = await api.Officer.PostAsync($"/api/partners/unmatched-domains/{domain}/ignore", null);
        var again = await api.Officer.PostAsync($"/api/partners/unmatched-domains/{domain}/ignore", null);
        await Match(api.Staff, $"b@{domain}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.DoesNotContain(await List(), r => r!["domain"]!.GetValue<string>() == domain);
    }

    [Fact]
    public async Task AssigningTheDomainToAPartner_TakesItAndItsSubdomainsOff()
    {
        var domain = $"assigned-{Guid.NewGuid():N}.example.org";
        await Match(api.Staff, $"a@{domain}", $"b@mission.{domain}");

        var added = await api.Officer.PostAsJsonAsync("/api/partners/osce/domains", new { domain });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.DoesNotContain(await List(), r => r!["domain"]!.GetValue<string>().EndsWith(domain, StringComparison.Ordinal));
        Assert.Equal("osce", (await api.Staff.GetFromJsonAsync<JsonArray>($"/api/partners/match?email=c@mission.{domain}"))![0]!["partnerId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not_a_domain")]
    [InlineData("localhost")]
    [InlineData("-bad-.example.org")]
    public async Task IgnoringSomethingThatIsNoDomain_Is400NamingTheField(string domain)
    {
        var response = await api.Officer.PostAsync($"/api/partners/unmatched-domains/{Uri.EscapeDataString(domain)}/ignore", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["domain"]);
    }

    [Fact]
    public async Task IgnoringADomainNoRequestMet_Is404()
    {
        var response = await api.Officer.PostAsync($"/api/partners/unmatched-domains/never-{Guid.NewGuid():N}.example.org/ignore", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task Match(HttpClient client, params string[] addresses)
    {
        var response = await client.GetAsync("/api/partners/match?" + string.Join('&', addresses.Select(a => "email=" + Uri.EscapeDataString(a))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonArray> List() => (await api.Officer.GetFromJsonAsync<JsonArray>("/api/partners/unmatched-domains"))!;
}
