using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Bot.Tests.Api;

/// <summary>The audit trail through the API: who changed what, when and from where; restricted values for their audience only.</summary>
public sealed class HistoryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AContactsHistory_RecordsItsLogEditAndDeletion_FieldByField_AndOutlivesIt()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("kosovo"));
        var edit = new HttpRequestMessage(HttpMethod.Patch, created.Headers.Location) { Content = JsonContent.Create(new { subject = "Call on the Venice Commission opinion" }) };
        edit.Headers.IfMatch.Add(created.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await api.Staff.SendAsync(edit)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Officer.DeleteAsync(created.Headers.Location)).StatusCode);

        var history = (await api.Staff.GetFromJsonAsync<JsonArray>(created.Headers.Location + "/history"))!;

        Assert.Equal(["created", "edited", "deleted"], history.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], history.Select(e => e!["revision"]!.GetValue<int>()));
        Assert.All(history, e => Assert.Equal("api", e!["origin"]!.GetValue<string>()));
        Assert.Equal("Anne Dupont", history[2]!["actor"]!["name"]!.GetValue<string>());
        var subject = history[1]!["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == "subject")!;
        Assert.Equal("Call on election observation", subject["before"]!.GetValue<string>());
        Assert.Equal("Call on the Venice Commission opinion", subject["after"]!.GetValue<string>());
        Assert.Single(history[1]!["changes"]!.AsArray());
        Assert.Contains(history[2]!["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() == "deletion");
        var at = history[0]!["at"]!.GetValue<DateTimeOffset>();
        Assert.InRange(at, TestClock.Now, TestClock.Now.AddMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await api.Officer.GetAsync(created.Headers.Location + "/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.OtherStaff.GetAsync(created.Headers.Location + "/history")).StatusCode);
    }

    [Fact]
    public async Task ChangesMadeWhileRestricted_ShowTheirFieldsOnly_ToThoseOutsideTheAudience()
    {
        var draft = Drafts.Call("holy-see", confidentiality: "restricted");
        draft["summary"] = "Sensitive démarche on a detained journalist";
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", draft);
        var edit = new HttpRequestMessage(HttpMethod.Patch, created.Headers.Location) { Content = JsonContent.Create(new { confidentiality = "internal", summary = "Démarche made." }) };
        edit.Headers.IfMatch.Add(created.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await api.Staff.SendAsync(edit)).StatusCode);

        var outside = await api.OtherStaff.GetStringAsync(created.Headers.Location + "/history");
        var officer = await api.Officer.GetStringAsync(created.Headers.Location + "/history");

        Assert.DoesNotContain("detained journalist", outside, StringComparison.Ordinal);
        Assert.All(JsonNode.Parse(outside)!.AsArray(), e => Assert.True(e!["hidden"]!.GetValue<bool>()));
        Assert.Contains(JsonNode.Parse(outside)!.AsArray()[1]!["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() == "summary");
        Assert.Contains("detained journalist", officer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartnersHistory_RecordsStatesOfPlayAndDomains_AndNotWhatStaffWereRefused()
    {
        var partner = await api.Officer.GetAsync("/api/partners/lebanon");
        var update = new HttpRequestMessage(HttpMethod.Put, "/api/partners/lebanon/state-of-play") { Content = JsonContent.Create(new { text = "Action plan 2027-2030 under negotiation." }) };
        update.Headers.IfMatch.Add(partner.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await api.Officer.SendAsync(update)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Staff.PostAsJsonAsync("/api/partners/lebanon/domains", new { domain = "staff-tried.example.org" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Officer.PostAsJsonAsync("/api/partners/lebanon/domains", new { domain = "mfa-lebanon.example.org" })).StatusCode);

        var history = (await api.Staff.GetFromJsonAsync<JsonArray>("/api/partners/lebanon/history"))!;

        Assert.Equal(["stateOfPlay", "domainAdded"], history.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(history, e => Assert.Equal("Anne Dupont", e!["actor"]!["name"]!.GetValue<string>()));
        Assert.Contains("Action plan 2027-2030", history[0]!["changes"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("mfa-lebanon.example.org", history[1]!["changes"]!.AsArray().Single()!["after"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("staff-tried", history.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Staff.GetAsync("/api/partners/atlantis/history")).StatusCode);
    }
}
