using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Bot.Tests.Api;

/// <summary>DELETE /api/contacts/{id}: who may, and that the contact is gone from every list while its Outlook item can be logged again.</summary>
public sealed class ContactDeletionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ADeletedContact_LeavesEveryListStatusFollowUpAndTheDigest()
    {
        var draft = Drafts.Call("tunisia", TestClock.Now.AddMinutes(-5));
        draft["subject"] = "Call to delete " + Guid.NewGuid().ToString("N")[..8];
        var yesterday = DateOnly.FromDateTime(TestClock.Now.UtcDateTime.AddDays(-1));
        draft["followUps"] = new[] { new { text = "Send the minutes", owner = "eva.schmidt@coe.int", due = yesterday } };
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", draft);
        var id = await ContactLoggingTests.IdOf(created);
        var subject = (string)draft["subject"]!;
        Assert.Contains(subject, await EverywhereAsync(), StringComparison.Ordinal);

        var deleted = await api.Staff.DeleteAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Staff.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Officer.GetAsync(created.Headers.Location)).StatusCode);
        var everywhere = await EverywhereAsync();
        Assert.DoesNotContain(subject, everywhere, StringComparison.Ordinal);
        Assert.DoesNotContain(id, everywhere, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Staff.DeleteAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task AnAttendeeWhoDidNotLogIt_Gets403_AnOfficerMayDelete_AndAnUnknownIdIs404()
    {
        var draft = Drafts.Call("japan");
        draft["coeParticipants"] = new[] { new { name = "Jan Novak", email = "jan.novak@coe.int", mae = "DG II" } };
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.OtherStaff.DeleteAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Officer.DeleteAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Officer.DeleteAsync("/api/contacts/c0000000000000000000000000000000")).StatusCode);
    }

    [Fact]
    public async Task ARestrictedContactSomeoneElseLogged_Is404_NeverRevealedBy403()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("holy-see", confidentiality: "restricted"));

        var refused = await api.OtherStaff.DeleteAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("election", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await api.Staff.GetAsync(created.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task IfMatch_IsHonoured_AStaleVersionGets412WithTheCurrentContact()
    {
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("chile"));
        var first = created.Headers.ETag!;
        var edit = new HttpRequestMessage(HttpMethod.Patch, created.Headers.Location) { Content = JsonContent.Create(new { subject = "Renamed call" }) };
        edit.Headers.IfMatch.Add(first);
        var edited = await api.Staff.SendAsync(edit);

        var stale = await api.Staff.SendAsync(Delete(created.Headers.Location!, first));
        var current = await api.Staff.SendAsync(Delete(created.Headers.Location!, edited.Headers.ETag!));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Renamed call", (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["subject"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, current.StatusCode);
    }

    [Fact]
    public async Task ADeletedMeeting_CanBeLoggedAgainFromOutlook_AsANewContact()
    {
        var uid = "UID-DELETED-" + Guid.NewGuid();
        var first = await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: "Logged by mistake"));
        var firstLogger = (await first.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!["loggers"]![0]!["userId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await api.Staff.DeleteAsync(first.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.OtherStaff.GetAsync($"/api/contacts/lookup?iCalUid={uid}")).StatusCode);

        var again = await api.OtherStaff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: "The right summary"));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var contact = await api.OtherStaff.GetFromJsonAsync<JsonObject>(again.Headers.Location);
        Assert.Equal("The right summary", contact!["summary"]!.GetValue<string>());
        Assert.NotEqual(firstLogger, contact["loggers"]!.AsArray().Single()!["userId"]!.GetValue<string>());
        Assert.Null(contact["deletion"]);
        Assert.Equal(HttpStatusCode.OK, (await api.Staff.GetAsync($"/api/contacts/lookup?iCalUid={uid}")).StatusCode);
    }

    private static HttpRequestMessage Delete(Uri location, EntityTagHeaderValue version)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, location);
        request.Headers.IfMatch.Add(version);
        return request;
    }

    /// <summary>Every list a contact shows in, as the officer (who sees everything) reads them, in one text.</summary>
    private async Task<string> EverywhereAsync()
    {
        var reads = new[]
        {
            api.Officer.GetStringAsync("/api/contacts?partner=tunisia"),
            api.Officer.GetStringAsync("/api/contacts"),
            api.Officer.GetStringAsync("/api/partners/tunisia/status"),
            api.Staff.GetStringAsync("/api/follow-ups/mine"),
            api.Officer.GetStringAsync("/api/follow-ups/overdue"),
            api.Officer.GetStringAsync("/api/digest/preview"),
        };
        return string.Join("\n", await Task.WhenAll(reads));
    }
}
