using Dre.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Api;

public sealed class VisibilityAndFollowUpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task RestrictedContact_IsHiddenFromOtherStaff_AndShownToItsLoggerAndDreOfficers()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("holy-see", confidentiality: "restricted"));
        var location = created.Headers.Location!;

        Assert.Equal(HttpStatusCode.OK, (await api.Staff.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Officer.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.OtherStaff.GetAsync(location)).StatusCode);

        var id = await ContactLoggingTests.IdOf(created);
        var otherList = await api.OtherStaff.GetFromJsonAsync<JsonArray>("/api/contacts?partner=holy-see");
        var officerList = await api.Officer.GetFromJsonAsync<JsonArray>("/api/contacts?partner=holy-see");
        Assert.DoesNotContain(otherList!, c => c!["contactId"]!.GetValue<string>() == id);
        Assert.Contains(officerList!, c => c!["contactId"]!.GetValue<string>() == id);
        var otherStatus = await api.OtherStaff.GetFromJsonAsync<JsonObject>("/api/partners/holy-see/status");
        Assert.DoesNotContain(otherStatus!["latestContacts"]!.AsArray(), c => c!["contactId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task RestrictedContact_IsVisibleToACoeParticipantWhoDidNotLogIt()
    {
        var draft = Drafts.Call("japan", confidentiality: "restricted");
        draft["coeParticipants"] = new[] { new { name = "Jan Novak", email = "Jan.Novak@coe.int", mae = "DG II" } };

        var created = await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        Assert.Equal(HttpStatusCode.OK, (await api.OtherStaff.GetAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task FollowUps_AppearInMineAndOverdue_UntilCompleted()
    {
        var draft = Drafts.Call("tunisia");
        var yesterday = DateOnly.FromDateTime(TestClock.Now.UtcDateTime.AddDays(-1));
        draft["followUps"] = new[] { new { text = "Send the draft agenda", owner = "jan.novak@coe.int", due = yesterday } };
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", draft);
        var contact = (await created.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!;
        var followUpId = contact["followUps"]![0]!["id"]!.GetValue<string>();

        var mine = await api.OtherStaff.GetFromJsonAsync<JsonArray>("/api/follow-ups/mine");
        var overdue = await api.Staff.GetFromJsonAsync<JsonArray>("/api/follow-ups/overdue");
        var status = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners/tunisia/status");
        Assert.Contains(mine!, f => f!["followUpId"]!.GetValue<string>() == followUpId);
        Assert.Contains(overdue!, f => f!["followUpId"]!.GetValue<string>() == followUpId);
        Assert.Contains(status!["openFollowUps"]!.AsArray(), f => f!["followUpId"]!.GetValue<string>() == followUpId);

        var completed = await api.OtherStaff.PostAsync($"/api/contacts/{contact["id"]}/follow-ups/{followUpId}/complete", null);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.DoesNotContain((await api.OtherStaff.GetFromJsonAsync<JsonArray>("/api/follow-ups/mine"))!, f => f!["followUpId"]!.GetValue<string>() == followUpId);
        Assert.DoesNotContain((await api.Staff.GetFromJsonAsync<JsonArray>("/api/follow-ups/overdue"))!, f => f!["followUpId"]!.GetValue<string>() == followUpId);
        var stored = await api.Staff.GetFromJsonAsync<JsonObject>(created.Headers.Location);
        Assert.True(stored!["followUps"]![0]!["done"]!.GetValue<bool>());
        Assert.Equal("Jan Novak", stored["followUps"]![0]!["doneBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_ShowsLatestContactsNewestFirst_AndPlannedContactsSoonestFirst()
    {
        var now = TestClock.Now;
        foreach (var days in new[] { -30, -3, -10, 20, 5 })
        {
            var draft = Drafts.Call("kazakhstan", now.AddDays(days));
            draft["subject"] = $"Contact at {days} days";
            Assert.Equal(HttpStatusCode.Created, (await api.Staff.PostAsJsonAsync("/api/contacts", draft)).StatusCode);
        }

        var status = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners/kazakhstan/status");

        Assert.Equal("kazakhstan", status!["partner"]!["id"]!.GetValue<string>());
        Assert.Equal(["Contact at -3 days", "Contact at -10 days", "Contact at -30 days"], status["latestContacts"]!.AsArray().Select(c => c!["subject"]!.GetValue<string>()));
        Assert.Equal(["Contact at 5 days", "Contact at 20 days"], status["plannedContacts"]!.AsArray().Select(c => c!["subject"]!.GetValue<string>()));
        Assert.Equal("Eva Schmidt", status["latestContacts"]![0]!["loggedBy"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task StateOfPlay_OfficerUpdatesWithVersion_StaffIsRefused()
    {
        var partner = await api.Officer.GetAsync("/api/partners/morocco");
        var version = partner.Headers.ETag!.Tag;

        using var byStaff = new HttpRequestMessage(HttpMethod.Put, "/api/partners/morocco/state-of-play") { Content = JsonContent.Create(new { text = "Not mine to say" }) };
        byStaff.Headers.TryAddWithoutValidation("If-Match", version);
        using var byOfficer = new HttpRequestMessage(HttpMethod.Put, "/api/partners/morocco/state-of-play") { Content = JsonContent.Create(new { text = "New priorities agreed for 2026-2029." }) };
        byOfficer.Headers.TryAddWithoutValidation("If-Match", version);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.Staff.SendAsync(byStaff)).StatusCode);
        var updated = await api.Officer.SendAsync(byOfficer);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var status = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners/morocco/status");
        Assert.Equal("New priorities agreed for 2026-2029.", status!["partner"]!["stateOfPlay"]!["text"]!.GetValue<string>());
        Assert.Equal("Anne Dupont", status["partner"]!["stateOfPlay"]!["author"]!.GetValue<string>());

        using var stale = new HttpRequestMessage(HttpMethod.Put, "/api/partners/morocco/state-of-play") { Content = JsonContent.Create(new { text = "Overwrite" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", version);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.Officer.SendAsync(stale)).StatusCode);
    }
}
