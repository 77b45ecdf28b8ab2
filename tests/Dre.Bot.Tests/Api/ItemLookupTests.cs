using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Api;

public sealed class ItemLookupTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Lookup_OfALoggedMeeting_SaysWhoLoggedIt()
    {
        var uid = "UID-LOOKUP-" + Guid.NewGuid();
        await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid));

        var result = await api.OtherStaff.GetFromJsonAsync<JsonObject>($"/api/contacts/lookup?iCalUid={uid}");

        Assert.Equal("Eva Schmidt", result!["loggedBy"]![0]!["name"]!.GetValue<string>());
        Assert.False(result["restricted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Lookup_SaysWhetherTheReaderMayChangeThePlan_ItsLoggerMay_AnotherReaderNot()
    {
        var uid = "UID-PLAN-" + Guid.NewGuid();
        await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid));

        var logger = await api.Staff.GetFromJsonAsync<JsonObject>($"/api/contacts/lookup?iCalUid={uid}");
        var reader = await api.OtherStaff.GetFromJsonAsync<JsonObject>($"/api/contacts/lookup?iCalUid={uid}");

        Assert.True(logger!["mayChangePlan"]!.GetValue<bool>());
        Assert.False(reader!["mayChangePlan"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Lookup_OfAnItemNobodyLogged_Returns404()
    {
        var response = await api.Staff.GetAsync($"/api/contacts/lookup?iCalUid=UID-NEVER-{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Lookup_OfARestrictedContactSomeoneElseLogged_SaysLoggedWithoutContent()
    {
        var uid = "UID-RESTRICTED-" + Guid.NewGuid();
        var draft = Drafts.Meeting(uid);
        draft["confidentiality"] = "restricted";
        await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        var result = await api.OtherStaff.GetFromJsonAsync<JsonObject>($"/api/contacts/lookup?iCalUid={uid}");

        Assert.True(result!["restricted"]!.GetValue<bool>());
        Assert.Null(result["contact"]);
    }

    [Fact]
    public async Task Lookup_WithoutAnyItemId_Returns400()
    {
        var response = await api.Staff.GetAsync("/api/contacts/lookup");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
