using System.Diagnostics;
using System.Web;
using Dre.OutlookAddin.ItemSource;
using Dre.Testing;

namespace Dre.Graph.Tests.Graph;

/// <summary>The item source against a local Graph and token endpoint that answer as the real services do.</summary>
public sealed class GraphOutlookItemSourceTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private readonly string _userToken = "user-api-token-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task GetAsync_Appointment_ReadsTheEventWithAGraphTokenObtainedOnBehalfOfTheUser()
    {
        var ewsId = GraphItems.NewEwsId();
        var graphEvent = GraphItems.Event();
        fixture.Graph.AddEvent(ewsId, graphEvent);

        var details = await fixture.Source.GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Appointment), _userToken);

        Assert.NotNull(details);
        Assert.Equal(graphEvent["iCalUId"]!.GetValue<string>(), details.ICalUid);
        Assert.Null(details.OccurrenceStart);
        Assert.Equal("EU-CoE senior officials meeting", details.Subject);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), details.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 30, 0, TimeSpan.Zero), details.End);
        Assert.Equal(
            ["marta.rossi@eeas.europa.eu", "eva.schmidt@coe.int", "delegation@osce.org"],
            details.People.Select(p => p.Email));
        Assert.Equal("delegation@osce.org", details.People[2].Name);

        var exchange = Assert.Single(fixture.Graph.TokenRequests, r => r.Body.Contains(_userToken, StringComparison.Ordinal));
        var form = HttpUtility.ParseQueryString(exchange.Body);
        Assert.Equal(FakeGraphServer.OnBehalfOfGrant, form["grant_type"]);
        Assert.Equal("on_behalf_of", form["requested_token_use"]);
        Assert.Equal(_userToken, form["assertion"]);
        Assert.Contains("/.default", form["scope"], StringComparison.Ordinal);

        var calls = CallsFor(ewsId, FakeGraphServer.RestIdOf(ewsId));
        Assert.Equal(["POST /v1.0/me/translateExchangeIds", $"GET /v1.0/me/events/{FakeGraphServer.RestIdOf(ewsId)}"], calls.Select(c => $"{c.Method} {c.Path}"));
        Assert.Contains("\"sourceIdType\":\"ewsId\"", calls[0].Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"targetIdType\":\"restId\"", calls[0].Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("originalStart", HttpUtility.UrlDecode(calls[1].Query), StringComparison.Ordinal);
        Assert.All(calls, c =>
        {
            Assert.StartsWith("Bearer graph-obo-", c.Authorization, StringComparison.Ordinal);
            Assert.Contains(c.Authorization["Bearer ".Length..], fixture.Graph.IssuedTokens);
            Assert.DoesNotContain(_userToken, c.Authorization, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task GetAsync_OccurrenceOfARecurringMeeting_GivesTheOccurrenceStart()
    {
        var ewsId = GraphItems.NewEwsId();
        fixture.Graph.AddEvent(ewsId, GraphItems.Event(type: "occurrence", originalStart: "2026-03-17T09:00:00Z"));

        var details = await fixture.Source.GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Appointment), _userToken);

        Assert.Equal(new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.Zero), details?.OccurrenceStart);
    }

    [Fact]
    public async Task GetAsync_MovedOccurrenceWithoutOriginalStart_FallsBackToItsStart()
    {
        var ewsId = GraphItems.NewEwsId();
        fixture.Graph.AddEvent(ewsId, GraphItems.Event(type: "exception"));

        var details = await fixture.Source.GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Appointment), _userToken);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), details?.OccurrenceStart);
    }

    [Fact]
    public async Task GetAsync_Message_ReadsItsInternetMessageIdAndPeople()
    {
        var ewsId = GraphItems.NewEwsId();
        var message = GraphItems.Message();
        fixture.Graph.AddMessage(ewsId, message);

        var details = await fixture.Source.GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Message), _userToken);

        Assert.NotNull(details);
        Assert.Equal(message["internetMessageId"]!.GetValue<string>(), details.InternetMessageId);
        Assert.Null(details.ICalUid);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 14, 5, 0, TimeSpan.Zero), details.Start);
        Assert.Equal(["marta.rossi@eeas.europa.eu", "eva.schmidt@coe.int", "jan.novak@coe.int"], details.People.Select(p => p.Email));
        Assert.Contains(CallsFor(ewsId, FakeGraphServer.RestIdOf(ewsId)), c => c.Path == "/v1.0/me/messages/" + FakeGraphServer.RestIdOf(ewsId));
    }

    [Theory]
    [InlineData(OutlookItemType.Appointment)]
    [InlineData(OutlookItemType.Message)]
    public async Task GetAsync_ItemNotInTheMailbox_ReturnsNull(OutlookItemType type)
    {
        var details = await fixture.Source.GetAsync(new OutlookItemRef(GraphItems.NewEwsId(), type), _userToken);

        Assert.Null(details);
    }

    [Fact]
    public async Task GetAsync_Throttled_WaitsAsRetryAfterSaysThenSucceeds()
    {
        var ewsId = GraphItems.NewEwsId();
        fixture.Graph.AddMessage(ewsId, GraphItems.Message());
        fixture.Graph.Throttle(count: 1, retryAfterSeconds: 1);

        var clock = Stopwatch.StartNew();
        var details = await fixture.Source.GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Message), _userToken);

        Assert.NotNull(details);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}, before Retry-After");
        Assert.Equal(2, CallsFor(ewsId).Count(c => c.Path.EndsWith("/translateExchangeIds", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetAsync_ThrottledBeyondTheRetryLimit_GivesUpAfterTheBoundedRetries()
    {
        var ewsId = GraphItems.NewEwsId();
        fixture.Graph.AddMessage(ewsId, GraphItems.Message());
        fixture.Graph.Throttle(count: 100, retryAfterSeconds: 0);
        try
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Source.GetAsync(new OutlookItemRef(ewsId, OutlookItemType.Message), _userToken));

            Assert.Contains("TooManyRequests", error.ToString(), StringComparison.Ordinal);
            Assert.Equal(1 + GraphFixture.MaxRetries, CallsFor(ewsId).Count);
        }
        finally
        {
            fixture.Graph.Throttle(count: 0, retryAfterSeconds: 0);
        }
    }

    /// <summary>The Graph calls about one item (its EWS id in a body, or its REST id in a path), in order.</summary>
    private List<FakeGraphServer.RecordedRequest> CallsFor(string ewsId, string? restId = null) =>
        [.. fixture.Graph.GraphRequests.Where(r =>
            (r.Path.EndsWith("/translateExchangeIds", StringComparison.Ordinal) && FakeGraphServer.InputIds(r.Body).Contains(ewsId))
            || (restId is not null && r.Path.EndsWith("/" + restId, StringComparison.Ordinal)))];
}
