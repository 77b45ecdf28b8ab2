using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Api;

/// <summary>DRE officers manage the partner directory through the API; the resolver and the domain matcher answer with the edit at once.</summary>
public sealed class PartnerDirectoryEditTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static object Eeas(string id = "eeas-test") => new
    {
        id,
        nameEn = $"European External Action Service ({id})",
        nameFr = $"Service européen pour l'action extérieure ({id})",
        kind = "institution",
        portfolio = "eu",
        aliases = new[] { $"EEAS {id}", $"SEAE {id}" },
        domains = new[] { $"{id}.example.eu" },
        parentId = "eu",
    };

    [Fact]
    public async Task AnOfficersNewPartner_IsResolvedAndMatchedAtOnce_AndStaffAreRefused()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Staff.PostAsJsonAsync("/api/partners", Eeas("staff-made"))).StatusCode);

        var created = await api.Officer.PostAsJsonAsync("/api/partners", Eeas());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/partners/eeas-test", created.Headers.Location!.OriginalString);
        Assert.NotNull(created.Headers.ETag);
        var resolved = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners?q=SEAE eeas-test");
        Assert.Equal("eeas-test", resolved!["match"]!["id"]!.GetValue<string>());
        var matched = await api.Staff.GetFromJsonAsync<JsonArray>("/api/partners/match?email=hr@eeas-test.example.eu");
        Assert.Equal("eeas-test", matched![0]!["partnerId"]!.GetValue<string>());
        var stored = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners/eeas-test");
        Assert.Equal("eu", stored!["parentId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Staff.GetAsync("/api/partners/staff-made")).StatusCode);
    }

    [Theory]
    [InlineData("id", "Bad Id", null, null, null)]
    [InlineData("id", "osce", null, null, null)]
    [InlineData("aliases[0]", "dup-alias", "OSCE", null, null)]
    [InlineData("domains[0]", "dup-domain", null, "odihr.pl", null)]
    [InlineData("domains[0]", "free-mail", null, "gmail.com", null)]
    [InlineData("parentId", "no-parent", null, null, "atlantis")]
    public async Task BadInput_Is400NamingTheField(string field, string id, string? alias, string? domain, string? parent)
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["nameEn"] = "Test body " + id,
            ["nameFr"] = "Organe de test " + id,
            ["kind"] = "organisation",
            ["portfolio"] = "otherOrganisations",
            ["aliases"] = alias is null ? null : new[] { alias },
            ["domains"] = domain is null ? null : new[] { domain },
            ["parentId"] = parent,
        };

        var response = await api.Officer.PostAsJsonAsync("/api/partners", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![field]);
    }

    [Fact]
    public async Task AParentCycle_IsRefused_AndAnEditNeedsTheCurrentVersion()
    {
        var osce = await api.Officer.GetAsync("/api/partners/osce");

        var cycle = await api.Officer.SendAsync(Patch("/api/partners/osce", new { parentId = "odihr" }, osce.Headers.ETag!.Tag));
        var unversioned = await api.Officer.PatchAsJsonAsync("/api/partners/osce", new { aliases = new[] { "OSZE" } });
        var staff = await api.Staff.SendAsync(Patch("/api/partners/osce", new { aliases = new[] { "OSZE" } }, osce.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.NotNull((await cycle.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["parentId"]);
        Assert.Equal(HttpStatusCode.BadRequest, unversioned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
    }

    [Fact]
    public async Task AnEdit_ChangesWhatTheResolverAnswers_AStaleOneGets412_AndArchivingLeavesTheResolverButNotTheRecord()
    {
        var created = await api.Officer.PostAsJsonAsync("/api/partners", Eeas("eeas-edit"));
        var first = created.Headers.ETag!.Tag;

        var edited = await api.Officer.SendAsync(Patch("/api/partners/eeas-edit", new { aliases = new[] { "Diplomatic service test" } }, first));
        var stale = await api.Officer.SendAsync(Patch("/api/partners/eeas-edit", new { nameEn = "Overwritten" }, first));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("eeas-edit", (await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners?q=Diplomatic service test"))!["match"]!["id"]!.GetValue<string>());
        var contact = Drafts.Call("eeas-edit");
        var logged = await api.Staff.PostAsJsonAsync("/api/contacts", contact);
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        var archived = await api.Officer.PostAsync("/api/partners/eeas-edit/archive", null);

        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.True((await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners/eeas-edit"))!["archived"]!.GetValue<bool>());
        Assert.Null((await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners?q=Diplomatic service test"))!["match"]);
        Assert.Equal("unknown", (await api.Staff.GetFromJsonAsync<JsonArray>("/api/partners/match?email=a@eeas-edit.example.eu"))![0]!["kind"]!.GetValue<string>(), ignoreCase: true);
        Assert.Equal(HttpStatusCode.OK, (await api.Staff.GetAsync(logged.Headers.Location)).StatusCode);
        var history = await api.Staff.GetFromJsonAsync<JsonArray>("/api/partners/eeas-edit/history");
        Assert.Equal(["partnerCreated", "partnerEdited", "partnerArchived"], history!.Select(e => e!["action"]!.GetValue<string>()));
    }

    private static HttpRequestMessage Patch(string path, object body, string version)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return request;
    }
}
