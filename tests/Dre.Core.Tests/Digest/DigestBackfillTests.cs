using System.Text.Json;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Tests.Storage;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Dre.Core.Tests.Digest.SlotDigests;

namespace Dre.Core.Tests.Digest;

/// <summary>
/// A store written by the version before week rows carried the digest's columns: until the backfill runs its digests
/// reveal nothing they should not, and once it has run they are what the current layout gives.
/// </summary>
public sealed class DigestBackfillTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Slot = new(2024, 6, 17, 8, 0, 0, TimeSpan.FromHours(2));

    /// <summary>The columns the previous layout's week rows did not have.</summary>
    private static readonly string[] NewColumns = ["OpenFollowUps", "Confidentiality", "Audience"];

    private StoreInstance _store = null!;

    public async Task InitializeAsync() => _store = await StoreInstance.StartAsync(TestClock.Pinned());

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DigestsOfAnOldStore_AfterTheBackfill_AreThoseOfTheCurrentLayout()
    {
        var at = new DateTimeOffset(2024, 6, 11, 10, 0, 0, TimeSpan.FromHours(2));
        await _store.Service.LogAsync(Draft("morocco", at, "Justice reform", Confidentiality.Internal, new FollowUpDraft("Send the report", "eva.schmidt@coe.int", null, new DateOnly(2024, 6, 14))), Eva);
        await _store.Service.LogAsync(Draft("osce", at.AddDays(1), "Sensitive consultation", Confidentiality.Restricted), Eva);
        await _store.Service.LogAsync(Draft("tunisia", at.AddDays(-20), "Earlier visit", Confidentiality.Restricted), Eva);
        var readers = new[] { Officer, Eva, Staff };
        var current = await DigestsAsync(readers);

        await ToPreviousLayoutAsync();
        var old = await DigestsAsync(readers);
        var backfill = new ContactIndexBackfill(_store.Tables, _store.Services.GetRequiredService<TableContactStore>(), NullLogger<ContactIndexBackfill>.Instance);
        var projected = await backfill.RunAsync(CancellationToken.None);
        var after = await DigestsAsync(readers);

        Assert.NotEqual(current[0], old[0]);
        Assert.Equal(3, projected);
        Assert.Equal(current, after);
        Assert.Equal(0, await backfill.RunAsync(CancellationToken.None));
        // Before the backfill, old rows count for officers alone: a staff reader's chart is short, never longer.
        Assert.Contains("Justice reform", current[2]);
        Assert.DoesNotContain("Sensitive consultation", old[2]);
        Assert.DoesNotContain("Sensitive consultation", current[2]);
        Assert.Contains("Send the report", current[1]);
    }

    /// <summary>Each reader's digest of the slot, as JSON, read from the store afresh.</summary>
    private async Task<string[]> DigestsAsync(UserContext[] readers) =>
        [.. (await SlotDigests.ReadAsync(_store, Slot, readers)).Select(d => JsonSerializer.Serialize(d))];

    /// <summary>Rewrites every week row as the previous version wrote it: without the columns it did not have, and no facts rows.</summary>
    private async Task ToPreviousLayoutAsync()
    {
        await foreach (var row in _store.Tables.ContactsByWeek.QueryAsync<TableEntity>())
        {
            if (row.RowKey == WeekFactsRows.RowKey)
            {
                await _store.Tables.ContactsByWeek.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag);
                continue;
            }

            foreach (var column in row.Keys.Where(k => NewColumns.Any(c => k == c || k.StartsWith(c + "_", StringComparison.Ordinal))).ToList())
            {
                row.Remove(column);
            }

            await _store.Tables.ContactsByWeek.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        }
    }

    private static ContactDraft Draft(string partnerId, DateTimeOffset start, string subject, Confidentiality confidentiality, params FollowUpDraft[] followUps) => new()
    {
        Kind = ContactKind.Meeting,
        Start = start,
        PartnerIds = [partnerId],
        Subject = subject,
        CoeParticipants = [new CoeParticipant("Someone", null, "DRE")],
        FollowUps = followUps,
        Source = ContactSource.Teams,
        Confidentiality = confidentiality,
    };
}
