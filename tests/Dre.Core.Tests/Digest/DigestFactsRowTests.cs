using System.Text.Json;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Tests.Storage;
using Dre.Testing;
using static Dre.Core.Tests.Digest.SlotDigests;

namespace Dre.Core.Tests.Digest;

/// <summary>
/// The chart's and the quiet partners' weeks read from their facts rows give the digest their rows give, for every
/// reader; a write into such a week shows in the next build; a restricted contact in a facts row counts for its audience alone.
/// </summary>
public sealed class DigestFactsRowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Slot = new(2023, 3, 13, 8, 0, 0, TimeSpan.FromHours(1));
    private static readonly UserContext[] Readers = [Officer, Eva, Staff];

    private StoreInstance _store = null!;

    public async Task InitializeAsync()
    {
        _store = await StoreInstance.StartAsync(TestClock.Pinned());
        await LogAsync("morocco", At(2023, 2, 1), "Justice reform", Confidentiality.Internal);
        await LogAsync("osce", At(2023, 2, 8), "Sensitive consultation", Confidentiality.Restricted);
        await LogAsync("tunisia", At(2023, 2, 15), "Restricted visit", Confidentiality.Restricted);
        await LogAsync("morocco", At(2023, 3, 8), "Follow-up meeting", Confidentiality.Internal);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ADigestFromFactsRows_IsTheDigestFromTheWeeksRows_ForEveryReader()
    {
        var fromRows = await DigestsAsync();
        var fresh = await FreshFactsWeeksAsync();
        var fromFacts = await DigestsAsync();

        Assert.Equal(7, fresh);
        Assert.Equal(Json(fromRows), Json(fromFacts));
        Assert.Equal(Chart(fromFacts[0], "2023-W06") - 1, Chart(fromFacts[2], "2023-W06"));
    }

    [Fact]
    public async Task WritesIntoPastChartWeeks_ShowInTheNextBuild()
    {
        var moved = await LogAsync("jordan", At(2023, 1, 25), "To be moved", Confidentiality.Internal);
        var deleted = await LogAsync("lebanon", At(2023, 2, 2), "Logged by mistake", Confidentiality.Internal);
        var before = await DigestsAsync();
        Assert.Equal(7, await FreshFactsWeeksAsync());

        await LogAsync("morocco", At(2023, 2, 9), "Logged late", Confidentiality.Internal);
        await _store.Service.UpdateAsync(moved.Id, new ContactPatch { Start = At(2023, 2, 22), End = At(2023, 2, 22).AddHours(1) }, moved.Version, Eva);
        await _store.Deletions.DeleteAsync(deleted.Id, null, Eva);
        var after = await DigestsAsync();

        foreach (var (week, change) in new[] { ("2023-W04", -1), ("2023-W05", -1), ("2023-W06", 1), ("2023-W08", 1) })
        {
            Assert.All(Readers.Select((_, i) => i), i => Assert.Equal(Chart(before[i], week) + change, Chart(after[i], week)));
        }

        await DeleteFactsRowsAsync();
        Assert.Equal(Json(await DigestsAsync()), Json(after));
    }

    [Fact]
    public async Task ContactsAddedInBulk_IntoAPastChartWeek_ShowInTheNextBuild()
    {
        var before = await DigestsAsync();
        var imported = Enumerable.Range(0, 3)
            .Select(i => ContactFactory.Create(Draft("morocco", At(2023, 2, 1).AddHours(i), $"Imported {i}", Confidentiality.Internal), Eva, _store.Clock.GetUtcNow(), _ => true))
            .ToList();

        await _store.Contacts.TryAddManyAsync(imported, parallelism: 2);
        var after = await DigestsAsync();

        Assert.All(Readers.Select((_, i) => i), i => Assert.Equal(Chart(before[i], "2023-W05") + 3, Chart(after[i], "2023-W05")));
    }

    [Fact]
    public async Task ARestrictedContactInAFactsRow_CountsForItsAudienceAlone()
    {
        await DigestsAsync();
        var row = (await _store.Tables.ContactsByWeek.GetEntityAsync<TableEntity>("2023-W07", WeekFactsRows.RowKey)).Value;
        var digests = await DigestsAsync();

        Assert.Equal(Confidentiality.Restricted, Assert.Single(WeekFactsRows.Read(row)!).Confidentiality);
        var (officer, eva, staff) = (digests[0], digests[1], digests[2]);
        Assert.Equal(1, Chart(officer, "2023-W07"));
        Assert.Equal(1, Chart(eva, "2023-W07"));
        Assert.Equal(0, Chart(staff, "2023-W07"));
        Assert.Contains("tunisia", Quiet(staff));
        Assert.DoesNotContain("tunisia", Quiet(eva));
        Assert.DoesNotContain("tunisia", Quiet(officer));
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    private async Task<Contact> LogAsync(string partnerId, DateTimeOffset start, string subject, Confidentiality confidentiality) =>
        (await _store.Service.LogAsync(Draft(partnerId, start, subject, confidentiality), Eva)).Contact!;

    private static ContactDraft Draft(string partnerId, DateTimeOffset start, string subject, Confidentiality confidentiality) => new()
    {
        Kind = ContactKind.Meeting,
        Start = start,
        PartnerIds = [partnerId],
        Subject = subject,
        CoeParticipants = [new CoeParticipant("Someone", null, "DRE")],
        Source = ContactSource.Teams,
        Confidentiality = confidentiality,
    };

    private Task<WeeklyDigest[]> DigestsAsync() => SlotDigests.ReadAsync(_store, Slot, Readers);

    /// <summary>How many of the weeks the slot reads as facts have a facts row that holds them (not stale).</summary>
    private async Task<int> FreshFactsWeeksAsync()
    {
        var fresh = 0;
        foreach (var week in SlotDigests.Reader(_store).WeeksOf(Weekly, Slot).Where(w => !w.Whole).Select(w => TableKeys.Week(w.From)))
        {
            var row = await _store.Tables.ContactsByWeek.GetEntityIfExistsAsync<TableEntity>(week, WeekFactsRows.RowKey);
            fresh += row.HasValue && WeekFactsRows.Read(row.Value!) is not null ? 1 : 0;
        }

        return fresh;
    }

    private async Task DeleteFactsRowsAsync()
    {
        await foreach (var row in _store.Tables.ContactsByWeek.QueryAsync<TableEntity>(r => r.RowKey == WeekFactsRows.RowKey))
        {
            await _store.Tables.ContactsByWeek.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }

    private static string[] Json(IEnumerable<WeeklyDigest> digests) => [.. digests.Select(d => JsonSerializer.Serialize(d))];

    private static int Chart(WeeklyDigest digest, string week) => digest.Chart.Single(w => w.Week == week).Contacts.Values.Sum();

    private static IEnumerable<string> Quiet(WeeklyDigest digest) => digest.Portfolios.SelectMany(p => p.QuietPartners).Select(p => p.Id);
}
