using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Bot.Tests.Api;

/// <summary>A partner's status covers the bodies below it, as each reader may see them; never those above or beside it.</summary>
public sealed class FamilyStatusTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task TheUnsStatus_ListsItsAgenciesContacts_AndTheirPlannedOnes_WithoutTheRestrictedOnes()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var unhcr = await LogAsync("unhcr", $"UNHCR {tag}", TestClock.Now.AddDays(-2));
        var un = await LogAsync("un", $"UN {tag}", TestClock.Now.AddDays(-5));
        var unicefPlanned = await LogAsync("unicef", $"UNICEF {tag}", TestClock.Now.AddDays(10));
        var restricted = await LogAsync("unesco", $"UNESCO {tag}", TestClock.Now.AddDays(-1), "restricted");

        var status = await api.OtherStaff.GetFromJsonAsync<JsonObject>("/api/partners/un/status");
        var officer = await api.Officer.GetFromJsonAsync<JsonObject>("/api/partners/un/status");

        Assert.Equal([unhcr, un], Ids(status!, "latestContacts"));
        Assert.Equal([unicefPlanned], Ids(status!, "plannedContacts"));
        Assert.Equal([restricted, unhcr, un], Ids(officer!, "latestContacts"));
        Assert.Equal(["unhcr"], status!["latestContacts"]![0]!["partnerIds"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task AnAgencysStatus_DoesNotListItsParentsOrItsSiblingsContacts()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var own = await LogAsync("iom", $"IOM {tag}", TestClock.Now.AddDays(-3));
        await LogAsync("ilo", $"ILO {tag}", TestClock.Now.AddDays(-2));

        var status = await api.Staff.GetFromJsonAsync<JsonObject>("/api/partners/iom/status");

        Assert.Equal([own], Ids(status!, "latestContacts"));
    }

    private async Task<string> LogAsync(string partnerId, string subject, DateTimeOffset start, string confidentiality = "internal")
    {
        var draft = Drafts.Call(partnerId, start, confidentiality);
        draft["subject"] = subject;
        var created = await api.Staff.PostAsJsonAsync("/api/contacts", draft);
        created.EnsureSuccessStatusCode();
        return await ContactLoggingTests.IdOf(created);
    }

    private static List<string> Ids(JsonObject status, string list) =>
        status[list]!.AsArray().Select(c => c!["contactId"]!.GetValue<string>()).ToList();
}
