using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Bot.Tests.Api;

/// <summary>POST /api/contacts/{id}/held|move|cancel: a planned contact marked held, moved or called off, by its loggers and DRE officers.</summary>
public sealed class PlannedContactTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ACancelledContact_LeavesTheListsAndTheStatus_StaysReadableAndAudited()
    {
        var (location, version, subject) = await PlanAsync(api.Staff, "kazakhstan", TestClock.Now.AddDays(3));
        Assert.Contains(subject, await api.Officer.GetStringAsync("/api/partners/kazakhstan/status"), StringComparison.Ordinal);

        var cancelled = await api.Staff.SendAsync(Post(location, "cancel", version));

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.DoesNotContain(subject, await api.Officer.GetStringAsync("/api/partners/kazakhstan/status"), StringComparison.Ordinal);
        Assert.DoesNotContain(subject, await api.Officer.GetStringAsync("/api/contacts?partner=kazakhstan"), StringComparison.Ordinal);
        Assert.DoesNotContain(subject, await api.Officer.GetStringAsync($"/api/contacts?from={Q(TestClock.Now)}&to={Q(TestClock.Now.AddDays(10))}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.Staff.GetAsync(location)).StatusCode);
        var history = await api.Staff.GetFromJsonAsync<JsonArray>($"{location}/history");
        Assert.Equal("cancelled", history!.Last()!["action"]!.GetValue<string>());
        var again = await api.Staff.SendAsync(Post(location, "cancel", cancelled.Headers.ETag!));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("status", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMovedContact_TakesItsNewStart_AndItsEndMovesWithIt()
    {
        var start = TestClock.Now.AddDays(2);
        var (location, version, _) = await PlanAsync(api.Staff, "jordan", start, end: start.AddHours(1));
        var later = TestClock.Now.AddDays(9);

        var moved = await api.Officer.SendAsync(Post(location, "move", version, new { start = later }));

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var contact = await moved.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(later, contact!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal(later.AddHours(1), contact["end"]!.GetValue<DateTimeOffset>());
        Assert.Equal("moved", (await api.Staff.GetFromJsonAsync<JsonArray>($"{location}/history"))!.Last()!["action"]!.GetValue<string>());
        var intoThePast = await api.Staff.SendAsync(Post(location, "move", moved.Headers.ETag!, new { start = TestClock.Now.AddDays(-1) }));
        Assert.Equal(HttpStatusCode.BadRequest, intoThePast.StatusCode);
        Assert.Contains("start", await intoThePast.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContactWhoseTimeCame_IsMarkedHeldWithItsOutcome_WhichIsRequired()
    {
        var (location, version, _) = await PlanAsync(api.Staff, "kyrgyzstan", TestClock.Now.AddHours(-1));

        var withoutOutcome = await api.Staff.SendAsync(Post(location, "held", version, new { summary = "It went well" }));
        var held = await api.Staff.SendAsync(Post(location, "held", version, new { outcome = "Joint roadmap agreed" }));

        Assert.Equal(HttpStatusCode.BadRequest, withoutOutcome.StatusCode);
        Assert.Contains("outcome", await withoutOutcome.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        var contact = await held.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("held", contact!["status"]!.GetValue<string>());
        Assert.Equal("Joint roadmap agreed", contact["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task AContactStillAhead_IsNotMarkedHeld_AndOneThatTookPlace_IsNotCancelled()
    {
        var (ahead, aheadVersion, _) = await PlanAsync(api.Staff, "tunisia", TestClock.Now.AddDays(1));
        var (past, pastVersion, _) = await PlanAsync(api.Staff, "tunisia", TestClock.Now.AddDays(-1));

        var held = await api.Staff.SendAsync(Post(ahead, "held", aheadVersion, new { outcome = "Too early" }));
        var cancelled = await api.Staff.SendAsync(Post(past, "cancel", pastVersion));

        Assert.Equal(HttpStatusCode.BadRequest, held.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cancelled.StatusCode);
        Assert.Contains("status", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttendeeWhoDidNotLogIt_Gets403_AStaleVersion412_NoIfMatch400()
    {
        var (location, version, _) = await PlanAsync(api.Staff, "japan", TestClock.Now.AddDays(4), attendee: "jan.novak@coe.int");
        var edit = new HttpRequestMessage(HttpMethod.Patch, location) { Content = JsonContent.Create(new { subject = "Renamed visit" }) };
        edit.Headers.IfMatch.Add(version);
        var edited = await api.Staff.SendAsync(edit);

        var attendee = await api.OtherStaff.SendAsync(Post(location, "cancel", edited.Headers.ETag!));
        var stale = await api.Staff.SendAsync(Post(location, "cancel", version));
        var unversioned = await api.Staff.PostAsync($"{location}/cancel", null);

        Assert.Equal(HttpStatusCode.Forbidden, attendee.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unversioned.StatusCode);
        Assert.Contains("If-Match", await unversioned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestrictedContactSomeoneElseLogged_Is404_WithoutItsContent()
    {
        var (location, version, subject) = await PlanAsync(api.Staff, "holy-see", TestClock.Now.AddDays(5), confidentiality: "restricted");

        var refused = await api.OtherStaff.SendAsync(Post(location, "cancel", version));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain(subject, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<(Uri Location, EntityTagHeaderValue Version, string Subject)> PlanAsync(HttpClient client, string partnerId, DateTimeOffset start, DateTimeOffset? end = null, string confidentiality = "internal", string? attendee = null)
    {
        var draft = Drafts.Call(partnerId, start, confidentiality);
        var subject = "Planned visit " + Guid.NewGuid().ToString("N")[..8];
        draft["subject"] = subject;
        draft["end"] = end;
        if (attendee is not null)
        {
            draft["coeParticipants"] = new[] { new { name = "Attendee", email = attendee, mae = "DG II" } };
        }

        var created = await client.PostAsJsonAsync("/api/contacts", draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (created.Headers.Location!, created.Headers.ETag!, subject);
    }

    private static HttpRequestMessage Post(Uri location, string action, EntityTagHeaderValue version, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{location}/{action}") { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(version);
        return request;
    }

    private static string Q(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));
}
