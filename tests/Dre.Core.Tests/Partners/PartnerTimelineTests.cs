using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Tests.Storage;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Core.Tests.Partners;

/// <summary>
/// A partner's status from its materialized timeline: point reads once built, the same answer as the index queries
/// after any write (past, ahead, moved, removed, deleted, cut to its bound), restricted entries for their audience only.
/// </summary>
public sealed class PartnerTimelineTests : IAsyncLifetime
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly UserContext Paul = new("paul", "Paul Martin", "paul.martin@coe.int", new HashSet<Role> { Role.Staff });

    private readonly FakeTimeProvider _clock = TestClock.Pinned();
    private readonly StoreFaults _requests = new();
    private StoreInstance _store = null!;

    private PartnerStatusService Status => _store.Services.GetRequiredService<PartnerStatusService>();

    public async Task InitializeAsync() =>
        _store = await StoreInstance.StartAsync(_clock, seed: [SeedDirectory.Get("jordan"), SeedDirectory.Get("morocco")], clientOptions: _requests.ClientOptions());

    public Task DisposeAsync()
    {
        _store.Dispose();
        _requests.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Status_OnceBuilt_IsPointReadsOnly_AndAnswersAsTheIndexDoes()
    {
        foreach (var days in new[] { -40, -9, -3, 2, 30 })
        {
            await LogAsync("jordan", days);
        }

        var first = await Status.GetAsync("jordan", Eva);
        _requests.Count();
        var second = await Status.GetAsync("jordan", Eva);

        // Point reads only: a query's path names its table with no keys.
        Assert.DoesNotContain(_requests.Requests, r => r.EndsWith("()", StringComparison.Ordinal));
        Assert.Contains(_requests.Requests, r => r.Contains("ContactsByPartner(PartitionKey='jordan',RowKey='~timeline')", StringComparison.Ordinal));
        Assert.Contains(_requests.Requests, r => r.Contains("FollowUps(PartitionKey='partner-jordan',RowKey='~list')", StringComparison.Ordinal));
        Assert.Equal(Ids(first.LatestContacts), Ids(second.LatestContacts));
        Assert.Equal(await IndexLatestAsync("jordan", Eva), Ids(second.LatestContacts));
        Assert.Equal(await IndexPlannedAsync("jordan", Eva), Ids(second.PlannedContacts));
        Assert.Equal(3, second.LatestContacts.Count);
        Assert.Equal(2, second.PlannedContacts.Count);
    }

    [Fact]
    public async Task Timeline_FollowsEveryKindOfWrite_AsTheIndexDoes()
    {
        var old = await LogAsync("jordan", -20);
        var ahead = await LogAsync("jordan", 10);
        await Status.GetAsync("jordan", Eva);
        await Status.GetAsync("morocco", Eva);

        var moved = await _store.Service.UpdateAsync(old.Id, new ContactPatch { Start = _clock.GetUtcNow().AddDays(5) }, old.Version, Eva);
        await _store.Service.UpdateAsync(ahead.Id, new ContactPatch { PartnerIds = ["morocco"] }, ahead.Version, Eva);
        var gone = await LogAsync("jordan", -2);
        await _store.Deletions.DeleteAsync(gone.Id, null, Eva);
        await LogAsync("jordan", -1);
        _clock.Advance(TimeSpan.FromDays(6));
        await LogAsync("jordan", -4);

        Assert.Empty(await new ContactAudit(_store).TablesAsync());
        foreach (var partner in new[] { "jordan", "morocco" })
        {
            var status = await Status.GetAsync(partner, Eva);
            Assert.Equal(await IndexLatestAsync(partner, Eva), Ids(status.LatestContacts));
            Assert.Equal(await IndexPlannedAsync(partner, Eva), Ids(status.PlannedContacts));
        }

        Assert.Contains(moved.Id, Ids((await Status.GetAsync("jordan", Eva)).LatestContacts));
    }

    [Fact]
    public async Task RestrictedEntries_ShowToTheirAudienceOnly_AndAReaderOutsideGetsTheNextOnesFromTheIndex()
    {
        var open = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            open.Add((await LogAsync("jordan", -30 - i)).Id);
        }

        var restricted = new List<string>();
        for (var i = 0; i < PartnerTimeline.Bound; i++)
        {
            restricted.Add((await LogAsync("jordan", -1 - i, Confidentiality.Restricted)).Id);
        }

        var forEva = await Status.GetAsync("jordan", Eva);
        var forPaul = await Status.GetAsync("jordan", Paul);

        Assert.Equal(restricted.Take(PartnerStatusService.LatestCount), Ids(forEva.LatestContacts));
        Assert.Equal(open.Take(PartnerStatusService.LatestCount), Ids(forPaul.LatestContacts));
        Assert.Empty(await new ContactAudit(_store).TablesAsync());
    }

    [Fact]
    public async Task ATimelineCutToItsBound_AndThinnedByDeletions_IsBuiltAgain_AndStillAnswersRight()
    {
        var logged = new List<Contact>();
        for (var i = 0; i < PartnerTimeline.Bound + 6; i++)
        {
            logged.Add(await LogAsync("jordan", -1 - i));
        }

        await Status.GetAsync("jordan", Eva);
        foreach (var contact in logged.Take(PartnerTimeline.Bound - 3))
        {
            await _store.Deletions.DeleteAsync(contact.Id, null, Eva);
        }

        Assert.Empty(await new ContactAudit(_store).TablesAsync());
        var status = await Status.GetAsync("jordan", Eva);
        Assert.Equal(logged.Skip(PartnerTimeline.Bound - 3).Take(PartnerStatusService.LatestCount).Select(c => c.Id), Ids(status.LatestContacts));
        Assert.Empty(await new ContactAudit(_store).TablesAsync());
    }

    [Fact]
    public async Task FollowUpList_FollowsEveryWrite_AndShowsRestrictedOnesToTheirAudienceOnly()
    {
        var first = await LogAsync("jordan", -5, followUps: [("Send the minutes", 3), ("Book a room", 9)]);
        await LogAsync("jordan", -4, Confidentiality.Restricted, [("Draft the note", 1)]);
        await Status.GetAsync("jordan", Eva);

        var done = await _store.Service.CompleteFollowUpAsync(first.Id, first.FollowUps[0].Id, Eva);
        await _store.Service.UpdateAsync(first.Id, new ContactPatch { PartnerIds = ["jordan", "morocco"] }, done.Version, Eva);
        var gone = await LogAsync("jordan", -3, followUps: [("Call back", 2)]);
        await _store.Deletions.DeleteAsync(gone.Id, null, Eva);
        await LogAsync("jordan", -2, followUps: [("Write to the embassy", 5)]);

        Assert.Empty(await new ContactAudit(_store).TablesAsync());
        foreach (var reader in new[] { Eva, Paul })
        {
            var status = await Status.GetAsync("jordan", reader);
            var index = await _store.Contacts.ListOpenFollowUpsAsync(Dre.Core.FollowUps.FollowUpKeys.Partner("jordan"))
                .Where(f => Dre.Core.Visibility.VisibilityPolicy.MaySee(reader, f)).Take(PartnerStatusService.FollowUpCount).Select(f => f.Text).ToListAsync();
            Assert.Equal(index, status.OpenFollowUps.Select(f => f.Text));
        }

        Assert.Equal(["Draft the note", "Write to the embassy", "Book a room"], (await Status.GetAsync("jordan", Eva)).OpenFollowUps.Select(f => f.Text));
        Assert.Equal(["Write to the embassy", "Book a room"], (await Status.GetAsync("jordan", Paul)).OpenFollowUps.Select(f => f.Text));
    }

    private static List<string> Ids(IEnumerable<ContactSummary> contacts) => contacts.Select(c => c.ContactId).ToList();

    private async Task<List<string>> IndexLatestAsync(string partnerId, UserContext reader) =>
        Ids((await PartnerSetReads.ListAsync(_store.Contacts, [partnerId], ContactLimits.Earliest, _clock.GetUtcNow(), reader, PartnerStatusService.LatestCount, default))
            .OrderByDescending(c => c.Start));

    private async Task<List<string>> IndexPlannedAsync(string partnerId, UserContext reader) =>
        Ids((await PartnerSetReads.ListAsync(_store.Contacts, [partnerId], _clock.GetUtcNow(), _clock.GetUtcNow().AddDays(180), reader, null, default))
            .OrderBy(c => c.Start).Take(PartnerStatusService.PlannedCount));

    /// <param name="followUps">Each owned by Eva, due so many days from today.</param>
    private async Task<Contact> LogAsync(string partnerId, int days, Confidentiality confidentiality = Confidentiality.Internal, (string Text, int DueInDays)[]? followUps = null) =>
        (await _store.Service.LogAsync(
            new ContactDraft
            {
                Kind = ContactKind.Meeting,
                Start = _clock.GetUtcNow().AddDays(days),
                PartnerIds = [partnerId],
                Subject = $"Meeting {days}",
                Confidentiality = confidentiality,
                Source = ContactSource.Api,
                FollowUps = [.. (followUps ?? []).Select(f => new FollowUpDraft(f.Text, Eva.Email, Eva.Name, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(f.DueInDays)))],
            },
            Eva)).Contact!;
}
