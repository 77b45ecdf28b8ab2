using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Api;

/// <summary>Knowing an Outlook item's id is no key to a restricted contact: not its content, not a place in its audience.</summary>
public sealed class AlreadyLoggedDisclosureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Subject = "Disclosure check: sanctions follow-up";
    private const string Summary = "Disclosure check: the minister's position";
    private const string SampleMeetingUid = "040000008200E00074C5B7101A82E0080000000000DRE0SAMPLE0MEETING0EEAS0OSCE";

    [Theory]
    [InlineData("outlookMeeting")]
    [InlineData("outlookEmail")]
    public async Task LoggingARestrictedItemSomeoneElseLogged_SaysSoWithoutContent_AndAddsNobody(string source)
    {
        var itemId = Guid.NewGuid().ToString("N") + "@example.org";
        var logged = await api.Officer.PostAsJsonAsync("/api/contacts", Restricted(source, itemId, "Anne Dupont", "anne.dupont@coe.int"));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        var again = await api.OtherStaff.PostAsJsonAsync("/api/contacts", Restricted(source, itemId, "Jan Novak", "jan.novak@coe.int"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Disclosure check", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Anne", body, StringComparison.Ordinal);
        Assert.True(JsonNode.Parse(body)!["restricted"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.OtherStaff.GetAsync(logged.Headers.Location)).StatusCode);
        var stored = await api.Officer.GetFromJsonAsync<JsonObject>(logged.Headers.Location);
        Assert.Single(stored!["loggers"]!.AsArray());
        Assert.DoesNotContain("jan.novak", stored.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("outlookMeeting")]
    [InlineData("outlookEmail")]
    public async Task LoggingARestrictedItemInOnesOwnMailbox_JoinsItsAudience_AloneAndWithContent(string source)
    {
        // Development's mailbox stands in for everyone's as holding the sample items and their copies.
        var copy = Guid.NewGuid().ToString("N");
        var itemId = source == "outlookEmail" ? "dre-sample-statelessness-" + copy + "@unhcr.org" : SampleMeetingUid + "-" + copy;
        var logged = await api.Officer.PostAsJsonAsync("/api/contacts", Restricted(source, itemId, "Anne Dupont", "anne.dupont@coe.int"));
        var again = Restricted(source, itemId, "Jan Novak", "jan.novak@coe.int");
        again["coeParticipants"] = new[] { new { name = "Jan Novak", email = "jan.novak@coe.int", mae = "DG II" }, new { name = "Eva Schmidt", email = "eva.schmidt@coe.int", mae = "DG I" } };

        var answer = await api.OtherStaff.PostAsJsonAsync("/api/contacts", again);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(Subject, body["contact"]!["subject"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await api.OtherStaff.GetAsync(logged.Headers.Location)).StatusCode);
        // Jan joined on his own proof; Eva, whom he listed, has none.
        Assert.Equal(HttpStatusCode.NotFound, (await api.Staff.GetAsync(logged.Headers.Location)).StatusCode);
        var stored = await api.Officer.GetFromJsonAsync<JsonObject>(logged.Headers.Location);
        Assert.Equal(["Anne Dupont", "Jan Novak"], stored!["loggers"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ApiOutput_CarriesNoSourceKeyAndNoAudienceLists()
    {
        var logged = await api.Staff.PostAsJsonAsync("/api/contacts", Restricted("outlookMeeting", Guid.NewGuid().ToString("N"), "Eva Schmidt", "eva.schmidt@coe.int", partnerId: "oif"));
        var one = await api.Staff.GetStringAsync(logged.Headers.Location);
        var list = await api.Staff.GetStringAsync("/api/contacts?partner=oif");
        var status = await api.Staff.GetStringAsync("/api/partners/oif/status");

        foreach (var output in new[] { await logged.Content.ReadAsStringAsync(), one, list, status })
        {
            Assert.Contains("Disclosure check", output, StringComparison.Ordinal);
            Assert.DoesNotContain("sourceKey", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\"audience\"", output, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task LoweringConfidentiality_IsForOfficersAndTheFirstLogger()
    {
        var draft = Restricted("outlookMeeting", Guid.NewGuid().ToString("N"), "Eva Schmidt", "eva.schmidt@coe.int", partnerId: "ipu");
        draft["coeParticipants"] = new[] { new { name = "Eva Schmidt", email = "eva.schmidt@coe.int", mae = "DG I" }, new { name = "Jan Novak", email = "jan.novak@coe.int", mae = "DG II" } };
        var logged = await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        var byAttendee = await PatchAsync(api.OtherStaff, logged, new { confidentiality = "internal" });
        var otherEdit = await PatchAsync(api.OtherStaff, logged, new { outcome = "Agreed next steps" });
        var byFirstLogger = await PatchAsync(api.Staff, logged, new { confidentiality = "internal" });

        Assert.Equal(HttpStatusCode.Forbidden, byAttendee.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherEdit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byFirstLogger.StatusCode);
        Assert.Equal("internal", (await byFirstLogger.Content.ReadFromJsonAsync<JsonObject>())!["confidentiality"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, HttpResponseMessage logged, object patch)
    {
        var current = await client.GetAsync(logged.Headers.Location);
        using var request = new HttpRequestMessage(HttpMethod.Patch, logged.Headers.Location) { Content = JsonContent.Create(patch) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(current.Headers.ETag!.Tag, current.Headers.ETag.IsWeak));
        return await client.SendAsync(request);
    }

    private static Dictionary<string, object?> Restricted(string source, string itemId, string name, string email, string partnerId = "oecd")
    {
        var draft = source == "outlookEmail"
            ? new Dictionary<string, object?> { ["kind"] = "email", ["source"] = source, ["internetMessageId"] = "<" + itemId + ">" }
            : Drafts.Meeting(itemId, partnerId);
        draft["kind"] ??= "meeting";
        draft["start"] = Dre.Testing.TestClock.Now.AddDays(-2);
        draft["partnerIds"] = new[] { partnerId };
        draft["subject"] = Subject;
        draft["summary"] = Summary;
        draft["confidentiality"] = "restricted";
        draft["coeParticipants"] = new[] { new { name, email, mae = "DG I" } };
        return draft;
    }
}
