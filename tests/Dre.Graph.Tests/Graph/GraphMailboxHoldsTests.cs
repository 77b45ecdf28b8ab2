using System.Web;
using Dre.OutlookAddin.ItemSource;

namespace Dre.Graph.Tests.Graph;

/// <summary>
/// Whether the caller's own mailbox holds an item, asked of a local Graph that filters as the real one does: the proof that
/// lets someone join a restricted contact they log again.
/// </summary>
public sealed class GraphMailboxHoldsTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private readonly string _userToken = "user-api-token-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Meeting_InTheMailbox_IsFoundByItsICalUid_OnTheUsersBehalf_AskingForItsIdAlone()
    {
        var graphEvent = GraphItems.Event();
        fixture.Graph.AddEvent(GraphItems.NewEwsId(), graphEvent);
        var uid = graphEvent["iCalUId"]!.GetValue<string>();

        Assert.True(await fixture.Source.HoldsAsync(new OutlookItemKey(uid, null), _userToken));

        var call = Assert.Single(fixture.Graph.GraphRequests, r => HttpUtility.UrlDecode(r.Query).Contains(uid, StringComparison.Ordinal));
        var query = HttpUtility.ParseQueryString(call.Query);
        Assert.Equal("GET /v1.0/me/events", $"{call.Method} {call.Path}");
        Assert.Equal($"iCalUId eq '{uid}'", query["$filter"]);
        Assert.Equal("id", query["$select"]);
        Assert.Equal("1", query["$top"]);
        Assert.StartsWith("Bearer graph-obo-", call.Authorization, StringComparison.Ordinal);
        Assert.Single(fixture.Graph.TokenRequests, r => r.Body.Contains(_userToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Meeting_NotInTheMailbox_IsNotHeld()
    {
        fixture.Graph.AddEvent(GraphItems.NewEwsId(), GraphItems.Event());

        Assert.False(await fixture.Source.HoldsAsync(new OutlookItemKey("040000008200E00074C5B7101A82E008" + Guid.NewGuid().ToString("N"), null), _userToken));
    }

    [Fact]
    public async Task Message_InTheMailbox_IsFoundByItsInternetMessageId()
    {
        var message = GraphItems.Message();
        fixture.Graph.AddMessage(GraphItems.NewEwsId(), message);
        var id = message["internetMessageId"]!.GetValue<string>();

        Assert.True(await fixture.Source.HoldsAsync(new OutlookItemKey(null, id), _userToken));
        Assert.False(await fixture.Source.HoldsAsync(new OutlookItemKey(null, "<" + Guid.NewGuid().ToString("N") + "@eeas.europa.eu>"), _userToken));
        Assert.Contains(fixture.Graph.GraphRequests, r => r.Path == "/v1.0/me/messages" && HttpUtility.ParseQueryString(r.Query)["$filter"] == $"internetMessageId eq '{id}'");
    }

    [Fact]
    public async Task AQuoteInTheId_IsEscapedAsODataWants_AndStillMatches()
    {
        var message = GraphItems.Message();
        var id = "<o'brien-" + Guid.NewGuid().ToString("N") + "@example.org>";
        message["internetMessageId"] = id;
        fixture.Graph.AddMessage(GraphItems.NewEwsId(), message);

        Assert.True(await fixture.Source.HoldsAsync(new OutlookItemKey(null, id), _userToken));
        Assert.Contains(fixture.Graph.GraphRequests, r => HttpUtility.ParseQueryString(r.Query)["$filter"] == $"internetMessageId eq '{id.Replace("'", "''", StringComparison.Ordinal)}'");
    }

    [Fact]
    public async Task AKeyWithNeitherId_IsNotHeld_WithoutAskingGraph()
    {
        Assert.False(await fixture.Source.HoldsAsync(new OutlookItemKey(null, null), _userToken));
        Assert.DoesNotContain(fixture.Graph.TokenRequests, r => r.Body.Contains(_userToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GraphThrottlingBeyondTheRetries_SaysTheMailboxIsUnavailable_NotThatTheItemIsMissing()
    {
        var graphEvent = GraphItems.Event();
        fixture.Graph.AddEvent(GraphItems.NewEwsId(), graphEvent);
        fixture.Graph.Throttle(count: 100, retryAfterSeconds: 0);
        try
        {
            var failure = await Assert.ThrowsAsync<MailboxUnavailableException>(() => fixture.Source.HoldsAsync(new OutlookItemKey(graphEvent["iCalUId"]!.GetValue<string>(), null), _userToken));
            Assert.Equal(MailboxFailure.Throttled, failure.Failure);
        }
        finally
        {
            fixture.Graph.Throttle(count: 0, retryAfterSeconds: 0);
        }
    }
}
