using System.Net.Http.Json;
using Dre.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Notifications;

/// <summary>Every contact write queues its channel summary; two senders never take the same one; a newer revision is never dropped.</summary>
public sealed class OutboxTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private TableOutbox Outbox => api.Factory.Services.GetRequiredService<TableOutbox>();

    [Fact]
    public async Task LoggingAContact_QueuesItsSummary_AndTwoSendersClaimItOnce()
    {
        var id = await ContactLoggingTestsId(await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("tunisia")));

        var claims = await Task.WhenAll(Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1)), Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1)));

        Assert.Equal(1, claims.Sum(c => c.Count(i => i.ContactId == id)));
        var item = claims.SelectMany(c => c).Single(i => i.ContactId == id);
        await Outbox.CompleteAsync(item);
        Assert.DoesNotContain(await Outbox.ClaimDueAsync(500, TimeSpan.Zero), i => i.ContactId == id);
    }

    [Fact]
    public async Task ANewerRevisionQueuedDuringTheSend_IsNotDroppedByTheCompletion()
    {
        var uid = "UID-OUTBOX-" + Guid.NewGuid();
        var id = await ContactLoggingTestsId(await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: "first")));
        var claimed = (await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1))).Single(i => i.ContactId == id);

        await api.OtherStaff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: "second attendee's notes"));
        await Outbox.CompleteAsync(claimed);

        var again = (await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1))).Single(i => i.ContactId == id);
        Assert.True(again.Revision > claimed.Revision);
    }

    [Fact]
    public async Task ARetriedItem_WaitsForItsDelay_AndCountsTheAttempt()
    {
        var id = await ContactLoggingTestsId(await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("jordan")));
        var item = (await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1))).Single(i => i.ContactId == id);

        await Outbox.RetryLaterAsync(item, TimeSpan.FromHours(1));

        Assert.DoesNotContain(await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1)), i => i.ContactId == id);
    }

    [Fact]
    public async Task ANewerRevisionQueuedDuringTheSend_IsNotTakenByAnotherSender_UntilTheFirstCompletes()
    {
        var uid = "UID-OUTBOX-LEASE-" + Guid.NewGuid();
        var id = await ContactLoggingTestsId(await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: "first")));
        var sending = (await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1))).Single(i => i.ContactId == id);

        await api.OtherStaff.PostAsJsonAsync("/api/contacts", Drafts.Meeting(uid, summary: "second attendee's notes"));
        var whileSending = await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1));
        await Outbox.CompleteAsync(sending);
        var afterwards = await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1));

        Assert.DoesNotContain(whileSending, i => i.ContactId == id);
        Assert.True(afterwards.Single(i => i.ContactId == id).Revision > sending.Revision);
    }

    [Fact]
    public async Task ASenderClaimsOneRow_LeavingTheOthersToAnotherSender()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await ContactLoggingTestsId(await api.Staff.PostAsJsonAsync("/api/contacts", Drafts.Call("tunisia"))));
        }

        var first = await Outbox.ClaimDueAsync(1, TimeSpan.FromMinutes(1));
        var rest = await Outbox.ClaimDueAsync(500, TimeSpan.FromMinutes(1));

        Assert.Single(first);
        Assert.All(ids, id => Assert.Single(first.Concat(rest), i => i.ContactId == id));
    }

    private static Task<string> ContactLoggingTestsId(HttpResponseMessage response) => Api.ContactLoggingTests.IdOf(response);
}
