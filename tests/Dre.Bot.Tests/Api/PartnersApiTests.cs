using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Api;

public sealed class PartnersApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("Maroc", "morocco")]
    [InlineData("l'OSCE", "osce")]
    [InlineData("Saint-Siège", "holy-see")]
    [InlineData("HCR", "unhcr")]
    public async Task Search_ResolvesNamesInEitherLanguage(string query, string expected)
    {
        var result = await api.Staff.GetFromJsonAsync<JsonObject>($"/api/partners?q={Uri.EscapeDataString(query)}");

        Assert.Equal(expected, result!["match"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_AmbiguousName_ReturnsCandidatesAndNoMatch()
    {
        var result = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners?q=Commission");

        Assert.Null(result!["match"]);
        Assert.True(result["candidates"]!.AsArray().Count >= 2);
    }

    [Fact]
    public async Task Search_WithoutQuery_ListsTheWholeDirectory()
    {
        var result = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners");

        Assert.True(result!["candidates"]!.AsArray().Count > 50);
    }

    [Fact]
    public async Task Match_MapsEachAddressToItsPartnerOrSaysWhyNot()
    {
        var result = await api.Staff.GetFromJsonAsync<JsonArray>(
            "/api/partners/match?email=x@delegation.eeas.europa.eu&email=someone@odihr.pl,colleague@coe.int&email=friend@gmail.com&email=who@nowhere.example");

        Assert.Equal(
            ["partner:eeas", "partner:odihr", "ourSide:", "freeMail:", "unknown:"],
            result!.Select(m => $"{m!["kind"]!.GetValue<string>()}:{m["partnerId"]?.GetValue<string>()}"));
    }
}
