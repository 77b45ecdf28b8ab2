using System.Text.Json;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Tests.Storage;
using Dre.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dre.Core.Tests.Digest;

/// <summary>
/// A store written by the version before week rows carried the digest's columns: until the backfill runs its digests
/// reveal nothing they should not, and once it has run they are what the current layout gives.
/// </summary>
public sealed class DigestBackfillTests : IAsyncLifetime
{
    private static readonly DigestSchedule Weekly = DigestSchedule.From(new DigestOptions(), DigestFrequency.Weekly);
    private static readonly DateTimeOffset Slot = new(2024, 6, 17, 8, 0, 0, TimeSpan.FromHours(2));
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly UserContext Staff = new("staff", "Someone Else", "someone@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly UserContext Officer = new("officer", "DRE Officer", "officer@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });

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
    private async Task<string[]> DigestsAsync(UserContext[] readers)
    {
        var options = Options.Create(new DigestOptions());
        var reader = new DigestSlotReader(_store.Contacts, _store.Services.GetRequiredService<IPartnerDirectory>(), options);
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var builder = new DigestBuilder(new DigestSlotCache(reader, new ContactWeekChanges(), cache), options);
        var data = await builder.SlotAsync(Weekly, Slot);
        return [.. readers.Select(r => JsonSerializer.Serialize(builder.For(Weekly, data, r)))];
    }

    /// <summary>Rewrites every week row as the previous version wrote it: without the columns it did not have.</summary>
    private async Task ToPreviousLayoutAsync()
    {
        await foreach (var row in _store.Tables.ContactsByWeek.QueryAsync<TableEntity>())
        {
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
