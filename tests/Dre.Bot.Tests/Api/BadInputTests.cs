using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Api;

/// <summary>Every class of user mistake gets a 400 (or 413) ProblemDetails naming what is wrong, never a 500.</summary>
public sealed class BadInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("partnerIds", "atlantis", "partnerIds[0]")]
    [InlineData("partnerIds", "eu' or PartitionKey ne '", "partnerIds[0]")]
    [InlineData("start", "1899-01-01T00:00:00Z", "start")]
    [InlineData("start", "2099-01-01T00:00:00Z", "start")]
    [InlineData("subject", "", "subject")]
    [InlineData("subject", "line\u0007bell", "subject")]
    [InlineData("kind", "party", "kind")]
    [InlineData("start", "next tuesday", "start")]
    [InlineData("confidentiality", "top-secret", "confidentiality")]
    public async Task Post_WithInvalidField_Returns400NamingTheField(string field, string value, string reported)
    {
        var draft = Drafts.Call();
        draft[field] = field == "partnerIds" ? new[] { value } : value;

        var response = await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        await AssertProblem(response, HttpStatusCode.BadRequest, reported);
    }

    [Fact]
    public async Task Post_WithOversizeSubjectAndTooManyTopics_ReportsBothFields()
    {
        var draft = Drafts.Call();
        draft["subject"] = new string('x', 301);
        draft["topics"] = Enumerable.Range(0, 21).Select(i => $"topic {i}").ToArray();

        var response = await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        var errors = await AssertProblem(response, HttpStatusCode.BadRequest, "subject");
        Assert.True(errors.ContainsKey("topics"));
    }

    [Fact]
    public async Task Post_MeetingWithoutICalUid_Returns400()
    {
        var draft = Drafts.Meeting("");

        await AssertProblem(await api.Staff.PostAsJsonAsync("/api/contacts", draft), HttpStatusCode.BadRequest, "iCalUid");
    }

    [Fact]
    public async Task Post_EndBeforeStart_Returns400()
    {
        var draft = Drafts.Call();
        draft["end"] = ((DateTimeOffset)draft["start"]!).AddHours(-1);

        await AssertProblem(await api.Staff.PostAsJsonAsync("/api/contacts", draft), HttpStatusCode.BadRequest, "end");
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        using var content = new StringContent("{\"kind\": \"call\", ", Encoding.UTF8, "application/json");

        var response = await api.Staff.PostAsync("/api/contacts", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var draft = Drafts.Call();
        draft["summary"] = new string('a', 300 * 1024);

        var response = await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/contacts/a%23b")]
    [InlineData("/api/contacts/a%3Fb")]
    [InlineData("/api/contacts/a%5Cb")]
    [InlineData("/api/contacts/a%01b")]
    [InlineData("/api/partners/eu%23x/status")]
    public async Task Get_IdWithCharactersThatKeysForbid_Returns400(string path)
    {
        await AssertProblem(await api.Staff.GetAsync(path), HttpStatusCode.BadRequest, null);
    }

    [Theory]
    [InlineData("/api/contacts?partner=eu%27%20or%20true%20or%20%27", "partner")]
    [InlineData("/api/contacts?from=2026-01-01&to=2025-01-01", "from")]
    [InlineData("/api/contacts?from=2020-01-01&to=2025-01-01", "from")]
    [InlineData("/api/contacts?limit=100000", "limit")]
    [InlineData("/api/contacts?to=0001-01-01T00:00:00Z", "to")]
    [InlineData("/api/contacts?partner=jordan&to=0001-01-01T00:00:00Z", "to")]
    [InlineData("/api/contacts?partner=jordan&to=1999-12-31T23:59:59Z", "to")]
    [InlineData("/api/contacts?to=9999-12-31T23:59:59Z", "to")]
    [InlineData("/api/contacts?partner=jordan&to=9999-12-31T23:59:59Z", "to")]
    [InlineData("/api/contacts?from=0001-01-01T00:00:00Z&to=0001-01-08T00:00:00Z", "from")]
    [InlineData("/api/contacts?partner=jordan&from=0001-01-01T00:00:00Z", "from")]
    [InlineData("/api/contacts?from=9999-12-20T00:00:00Z&to=9999-12-31T00:00:00Z", "from")]
    [InlineData("/api/contacts?partner=jordan&from=9999-12-20T00:00:00Z&to=9999-12-31T00:00:00Z", "to")]
    [InlineData("/api/partners/match?email=", "email")]
    public async Task Get_WithInvalidQuery_Returns400NamingTheParameter(string path, string reported)
    {
        await AssertProblem(await api.Staff.GetAsync(path), HttpStatusCode.BadRequest, reported);
    }

    [Fact]
    public async Task Get_WithUnparsableDate_Returns400()
    {
        var response = await api.Staff.GetAsync("/api/contacts?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<IDictionary<string, JsonNode?>> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var errors = problem!["errors"]?.AsObject() ?? [];
        if (field is not null)
        {
            Assert.True(errors.ContainsKey(field), $"Expected an error for {field}, got: {problem.ToJsonString()}");
        }

        return errors;
    }
}
