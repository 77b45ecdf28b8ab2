using Dre.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Api;

public sealed class ContactLoggingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Post_NewMeeting_Returns201WithLocationAndVersion()
    {
        var response = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Meeting("UID-NEW-" + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var id = body!["contact"]!["id"]!.GetValue<string>();
        Assert.Equal($"/api/contacts/{id}", response.Headers.Location!.OriginalString);
        Assert.False(body["alreadyLogged"]!.GetValue<bool>());
        Assert.NotNull(response.Headers.ETag);

        var stored = await api.Staff.GetFromJsonAsync<JsonObject>(response.Headers.Location);
        Assert.Equal("Neighbourhood partnership review", stored!["subject"]!.GetValue<string>());
        Assert.Equal("Eva Schmidt", stored["loggers"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_SameMeetingByAnotherAttendee_Returns200WithExistingContactAndFirstLogger()
    {
        var uid = "UID-DUP-" + Guid.NewGuid();
        var first = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: "First notes"));
        var second = await api.OtherStaff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid.ToLowerInvariant(), summary: "Second notes"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(body!["alreadyLogged"]!.GetValue<bool>());
        Assert.Equal("Eva Schmidt", body["loggedBefore"]![0]!["name"]!.GetValue<string>());
        var contact = body["contact"]!;
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!["id"]!.GetValue<string>(), contact["id"]!.GetValue<string>());
        Assert.Equal("First notes", contact["summary"]!.GetValue<string>());
        Assert.Equal("Second notes", contact["notes"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(2, contact["loggers"]!.AsArray().Count);
    }

    [Fact]
    public async Task Post_TwentyAttendeesAtOnce_StoreOneContactAndTellEveryCaller()
    {
        var uid = "UID-RACE-" + Guid.NewGuid();
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => api.Factory.ClientForAsync($"attendee{i}@coe.int")));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: $"Notes of attendee {i}"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!["id"]!.GetValue<string>()));
        Assert.Single(ids.Distinct());
        var stored = await api.Staff.GetFromJsonAsync<JsonObject>($"/api/contacts/{ids[0]}");
        Assert.Equal(20, stored!["loggers"]!.AsArray().Count);
        var listed = await api.Staff.GetFromJsonAsync<JsonArray>("/api/contacts?partner=morocco");
        Assert.Single(listed!, c => c!["contactId"]!.GetValue<string>() == ids[0]);
    }

    [Fact]
    public async Task Post_SameEmailTwice_IsRecognisedByInternetMessageId()
    {
        var messageId = $"<{Guid.NewGuid()}@eeas.europa.eu>";
        var draft = new Dictionary<string, object?>
        {
            ["start"] = TestClock.Now.AddHours(-3),
            ["partnerIds"] = new[] { "eu" },
            ["subject"] = "Re: Joint programme",
            ["source"] = "outlookEmail",
            ["internetMessageId"] = messageId,
        };

        var first = await api.Staff.PostAsJsonAsync("/api/contacts", draft);
        draft["internetMessageId"] = messageId.Trim('<', '>');
        var second = await api.OtherStaff.PostAsJsonAsync("/api/contacts", draft);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("email", (await first.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_WithStaleVersion_Returns412WithCurrentContact()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call());
        var location = created.Headers.Location!;
        var firstVersion = created.Headers.ETag!.Tag;

        using var edit = new HttpRequestMessage(HttpMethod.Patch, location) { Content = JsonContent.Create(new { subject = "Call on the OSCE chairmanship" }) };
        edit.Headers.TryAddWithoutValidation("If-Match", firstVersion);
        var ok = await api.Staff.SendAsync(edit);
        using var stale = new HttpRequestMessage(HttpMethod.Patch, location) { Content = JsonContent.Create(new { subject = "A late edit" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", firstVersion);
        var conflict = await api.Staff.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, conflict.StatusCode);
        var problem = await conflict.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Call on the OSCE chairmanship", problem!["current"]!["subject"]!.GetValue<string>());
        Assert.Equal(ok.Headers.ETag!.Tag, conflict.Headers.ETag!.Tag);
        var stored = await api.Staff.GetFromJsonAsync<JsonObject>(location);
        Assert.Equal("Call on the OSCE chairmanship", stored!["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_WithoutIfMatch_Returns400NamingTheHeader()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call());

        var response = await api.Staff.PatchAsJsonAsync(created.Headers.Location, new { subject = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("If-Match"));
    }

    [Fact]
    public async Task Patch_ByStaffWhoNeitherLoggedNorAttended_Returns403()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call());
        using var edit = new HttpRequestMessage(HttpMethod.Patch, created.Headers.Location) { Content = JsonContent.Create(new { subject = "Hijacked" }) };
        edit.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);

        var response = await api.OtherStaff.SendAsync(edit);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Patch_MovingTheDate_MovesTheContactInThePartnerList()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("unhcr", TestClock.Now.AddDays(-40)));
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!["id"]!.GetValue<string>();
        using var edit = new HttpRequestMessage(HttpMethod.Patch, created.Headers.Location) { Content = JsonContent.Create(new { start = TestClock.Now.AddDays(-2) }) };
        edit.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await api.Staff.SendAsync(edit)).StatusCode);

        var lastWeek = await api.Staff.GetFromJsonAsync<JsonArray>($"/api/contacts?partner=unhcr&from={Uri.EscapeDataString(TestClock.Now.AddDays(-7).ToString("O"))}");
        var monthsAgo = await api.Staff.GetFromJsonAsync<JsonArray>($"/api/contacts?partner=unhcr&from={Uri.EscapeDataString(TestClock.Now.AddDays(-50).ToString("O"))}&to={Uri.EscapeDataString(TestClock.Now.AddDays(-30).ToString("O"))}");

        Assert.Single(lastWeek!, c => c!["contactId"]!.GetValue<string>() == id);
        Assert.DoesNotContain(monthsAgo!, c => c!["contactId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task List_ByPeriod_ReturnsContactsOfEveryPartnerOldestFirst()
    {
        var at = TestClock.Now.AddDays(-200);
        await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("osce", at.AddHours(2)));
        await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("eu", at));

        var listed = await api.Staff.GetFromJsonAsync<JsonArray>(
            $"/api/contacts?from={Uri.EscapeDataString(at.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(at.AddHours(3).ToString("O"))}");

        Assert.Equal(["eu", "osce"], listed!.Select(c => c!["partnerIds"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Get_UnknownContact_Returns404ProblemDetails()
    {
        var response = await api.Staff.GetAsync("/api/contacts/c0000000000000000000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    internal static async Task<string> IdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contact").GetProperty("id").GetString()!;
}
