using Dre.Core.Audit;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Tests.Partners;
using Dre.Core.Tests.Storage;
using Dre.Core.Validation;
using Dre.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Core.Tests.Contacts;

/// <summary>
/// Several writers of one Outlook item share its contact, never its journal rows: whoever answers that the contact is
/// stored leaves it listed, and a writer that dies half-way is completed by the repair whatever the others did meanwhile.
/// A deletion and the audit entry of a write are journalled like the rest.
/// </summary>
public sealed class ContactJournalTests : IAsyncLifetime
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly string[] IndexTables = [ContactIndexes.ByPartner, ContactIndexes.ByWeek, ContactIndexes.FollowUps];

    private readonly FakeTimeProvider _clock = TestClock.Pinned();
    private StoreInstance _store = null!;

    public async Task InitializeAsync() => _store = await StoreInstance.StartAsync(_clock, seed: [SeedDirectory.Get("jordan")]);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task LogAgain_AfterAWriterDiedBeforeTheIndexes_AnswersWithTheContactListed()
    {
        var draft = Meeting("retry@example.org");
        await _store.CrashAtAsync(IndexTables, () => _store.Service.LogAsync(draft, Eva));

        // The same person sends the same log again (the add-in retries a failed request): nothing in it is new.
        var result = await _store.Service.LogAsync(draft, Eva);

        Assert.True(result.AlreadyLogged);
        await AssertListedAsync(result.Contact!.Id, draft.Start!.Value);
    }

    [Fact]
    public async Task Repair_AfterASecondWriterOfTheSameItemFoundItLogged_CompletesTheFirstWriter()
    {
        var contact = ContactFactory.Create(Meeting("race@example.org"), Eva, _clock.GetUtcNow(), _ => true);
        await _store.CrashAtAsync(IndexTables, () => _store.Contacts.TryAddAsync(contact));

        // A second writer of the same meeting, racing the first: its insert meets the first one's contact.
        Assert.Null(await _store.Contacts.TryAddAsync(contact));
        _clock.Advance(ContactJournalRepair.Grace + TimeSpan.FromSeconds(1));
        await _store.Contacts.RepairAsync(ContactJournalRepair.Grace);

        await AssertListedAsync(contact.Id, contact.Start);
        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task Repair_AfterALosingEditOfTheSameRevision_RemovesTheWinnersStaleRows()
    {
        var draft = Meeting("moved@example.org");
        var logged = (await _store.Service.LogAsync(draft, Eva)).Contact!;
        var nextWeek = logged with { Start = logged.Start.AddDays(7) };

        // The winner moves the contact to the next week and dies after writing the new rows, before removing the old ones.
        await _store.CrashAtAsync([StoreTables.OutboxTable], () => _store.Contacts.ReplaceAsync(logged, nextWeek));
        await Assert.ThrowsAsync<VersionConflictException>(() => _store.Contacts.ReplaceAsync(logged, logged with { Subject = "Renamed" }));
        _clock.Advance(ContactJournalRepair.Grace + TimeSpan.FromSeconds(1));
        await _store.Contacts.RepairAsync(ContactJournalRepair.Grace);

        await AssertListedAsync(logged.Id, nextWeek.Start);
        Assert.DoesNotContain(await _store.Contacts.ListByPeriodAsync(logged.Start.AddHours(-1), logged.Start.AddHours(1)).ToListAsync(), s => s.ContactId == logged.Id);
        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task ADeletionThatDiedBeforeRemovingTheIndexRows_IsCompletedByTheRepair_AndLeavesNoContent()
    {
        var logged = (await _store.Service.LogAsync(MeetingWithContent(), Eva)).Contact!;
        Assert.Single(await FollowUpRowsAsync(logged.Id));

        // The outbox is written between the contact and the removal of its index rows: dying there leaves them all.
        await _store.CrashAtAsync([StoreTables.OutboxTable], () => _store.Deletions.DeleteAsync(logged.Id, null, Eva));
        _clock.Advance(ContactJournalRepair.Grace + TimeSpan.FromSeconds(1));
        await _store.Contacts.RepairAsync(ContactJournalRepair.Grace);

        Assert.DoesNotContain(await _store.Contacts.ListByPartnerAsync("jordan", ContactLimits.Earliest, logged.Start.AddHours(1)).ToListAsync(), s => s.ContactId == logged.Id);
        Assert.DoesNotContain(await _store.Contacts.ListByPeriodAsync(logged.Start.AddHours(-1), logged.Start.AddHours(1)).ToListAsync(), s => s.ContactId == logged.Id);
        Assert.Empty(await FollowUpRowsAsync(logged.Id));
        Assert.Empty(await JournalAsync());
        var tombstone = await _store.Tables.Contacts.GetEntityAsync<TableEntity>(ContactKeys.Partition(logged.Id), logged.Id);
        var columns = string.Join("|", ((IDictionary<string, object>)tombstone.Value).Values.Select(v => v?.ToString()));
        Assert.DoesNotContain("Amman", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("agenda", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("Karim", columns, StringComparison.Ordinal);
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], (await HistoryAsync(logged.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task AnEditWhoseWriterDiedBeforeRecordingIt_IsRecordedByTheNextWrite_BeforeAnyRepair()
    {
        var logged = (await _store.Service.LogAsync(MeetingWithContent(), Eva)).Contact!;
        await _store.CrashAtAsync([StoreTables.OutboxTable], () => _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Renamed once" }, logged.Version, Eva));
        var edited = await _store.Service.GetAsync(logged.Id, Eva);

        await _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Renamed twice" }, edited.Version, Eva);

        var history = await HistoryAsync(logged.Id);
        Assert.Equal([AuditAction.Created, AuditAction.Edited, AuditAction.Edited], history.Select(e => e.Action));
        Assert.Equal("Renamed once", history[1].Changes.Single().After!.GetValue<string>());
        Assert.Equal("Renamed once", history[2].Changes.Single().Before!.GetValue<string>());
    }

    [Fact]
    public async Task ADeletedContactsContent_LeavesTheAuditTrail_OnceTheRetentionHasPassed_NotBefore()
    {
        var retention = new AuditOptions().DeletedContentRetention;
        var logged = (await _store.Service.LogAsync(MeetingWithContent(), Eva)).Contact!;
        await _store.Deletions.DeleteAsync(logged.Id, null, Eva);
        var kept = (await _store.Service.LogAsync(MeetingWithContent(), Eva)).Contact!;

        Assert.Equal(0, await _store.Audit.PurgeDeletedAsync(_clock.GetUtcNow() - retention));
        Assert.Contains("Amman", Json(await HistoryAsync(logged.Id)), StringComparison.Ordinal);
        _clock.Advance(retention + TimeSpan.FromHours(1));
        Assert.Equal(1, await _store.Audit.PurgeDeletedAsync(_clock.GetUtcNow() - retention));

        var purged = await HistoryAsync(logged.Id);
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], purged.Select(e => e.Action));
        Assert.All(purged, e => Assert.True(e.Purged));
        Assert.Contains(purged[1].Changes, c => c.Field == "subject");
        Assert.DoesNotContain("Amman", Json(purged), StringComparison.Ordinal);
        Assert.DoesNotContain("Karim", Json(purged), StringComparison.Ordinal);
        Assert.Contains("Amman", Json(await HistoryAsync(kept.Id)), StringComparison.Ordinal);
        Assert.Equal(0, await _store.Audit.PurgeDeletedAsync(_clock.GetUtcNow() - retention));
    }

    [Fact]
    public async Task LogMany_AfterAWriterDiedBeforeTheIndexes_IsCompletedByTheRepair_AndNothingIsLoggedTwice()
    {
        ContactDraft[] drafts = [Meeting("many-1@example.org"), Meeting("many-2@example.org")];
        await _store.CrashAtAsync(IndexTables, () => _store.Service.LogManyAsync(drafts, Eva, parallelism: 2));
        _clock.Advance(ContactJournalRepair.Grace + TimeSpan.FromSeconds(1));
        await _store.Contacts.RepairAsync(ContactJournalRepair.Grace);

        // A resumed import logs the same rows again: they merge into the contacts the dead writer stored.
        var again = await _store.Service.LogManyAsync(drafts, Eva, parallelism: 2);

        Assert.All(again, o => Assert.True(o.Logged!.AlreadyLogged));
        foreach (var contact in again.Select(o => o.Logged!.Contact!))
        {
            await AssertListedAsync(contact.Id, contact.Start);
            Assert.Equal(AuditAction.Created, Assert.Single(await HistoryAsync(contact.Id)).Action);
        }

        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task LogMany_StoresTheNewOnes_MergesTheOthers_AndRefusesTheInvalid_InTheDraftsOrder()
    {
        var logged = (await _store.Service.LogAsync(Meeting("there@example.org"), Eva)).Contact!;
        ContactDraft[] drafts = [Meeting("new@example.org"), Meeting("there@example.org"), Meeting("twice@example.org"), Meeting("twice@example.org"), Meeting("bad@example.org") with { Subject = "" }];

        var outcomes = await _store.Service.LogManyAsync(drafts, Eva, parallelism: 4);

        Assert.Equal([false, true], outcomes.Take(2).Select(o => o.Logged!.AlreadyLogged));
        Assert.Equal(logged.Id, outcomes[1].Logged!.Contact!.Id);
        // Two drafts of one meeting are one contact: one stores it, the other merges into it.
        Assert.Equal([false, true], outcomes.Skip(2).Take(2).Select(o => o.Logged!.AlreadyLogged).Order());
        Assert.Equal(outcomes[2].Logged!.Contact!.Id, outcomes[3].Logged!.Contact!.Id);
        Assert.Contains("subject", outcomes[4].Refused!.Errors.Keys);
        foreach (var contact in outcomes.Take(4).Select(o => o.Logged!.Contact!))
        {
            await AssertListedAsync(contact.Id, contact.Start);
        }

        Assert.Single(await _store.Contacts.ListByPartnerAsync("jordan", ContactLimits.Earliest, _clock.GetUtcNow()).Where(s => s.ContactId == outcomes[2].Logged!.Contact!.Id).ToListAsync());
        Assert.Empty(await JournalAsync());
    }

    private static string Json(IReadOnlyList<AuditEntry> entries) => System.Text.Json.JsonSerializer.Serialize(entries);

    private ContactDraft Meeting(string iCalUid) => new()
    {
        Kind = ContactKind.Meeting,
        Start = _clock.GetUtcNow().AddDays(-1),
        PartnerIds = ["jordan"],
        Subject = "Réunion de partenariat à Amman",
        Summary = "Échange sur les priorités du partenariat de voisinage.",
        Source = ContactSource.OutlookMeeting,
        ICalUid = iCalUid,
    };

    private async Task AssertListedAsync(string contactId, DateTimeOffset start)
    {
        Assert.Contains(await _store.Contacts.ListByPartnerAsync("jordan", ContactLimits.Earliest, start.AddHours(1)).ToListAsync(), s => s.ContactId == contactId);
        Assert.Contains(await _store.Contacts.ListByPeriodAsync(start.AddHours(-1), start.AddHours(1)).ToListAsync(), s => s.ContactId == contactId);
    }

    /// <summary>The journal's markers in the contacts' shards, and any row of the journal table's earlier layout.</summary>
    private async Task<List<TableEntity>> JournalAsync() =>
        [.. await _store.Tables.Journal.QueryAsync<TableEntity>(e => e.PartitionKey == "contact").ToListAsync(),
            .. await _store.Tables.Contacts.QueryAsync<TableEntity>().Where(ContactJournal.IsMarker).ToListAsync()];

    private ContactDraft MeetingWithContent() => new()
    {
        Kind = ContactKind.Meeting,
        Start = _clock.GetUtcNow().AddDays(-1),
        PartnerIds = ["jordan"],
        Subject = "Réunion de partenariat à Amman",
        Summary = "Échange sur les priorités du partenariat de voisinage.",
        PartnerParticipants = [new PartnerParticipant("Karim Haddad", null, "jordan")],
        FollowUps = [new FollowUpDraft("Send the agenda", "eva.schmidt@coe.int", null, null)],
        Source = ContactSource.OutlookMeeting,
        ICalUid = "deleted-" + Guid.NewGuid(),
    };

    private Task<IReadOnlyList<AuditEntry>> HistoryAsync(string contactId) =>
        _store.Audit.ReadAsync(AuditTrail.ContactSubject(contactId), Eva);

    private async Task<List<TableEntity>> FollowUpRowsAsync(string contactId) =>
        (await _store.Tables.FollowUps.QueryAsync<TableEntity>(e => e.PartitionKey == "partner-jordan").ToListAsync())
            .Where(e => e.RowKey.Contains(contactId, StringComparison.Ordinal)).ToList();
}
