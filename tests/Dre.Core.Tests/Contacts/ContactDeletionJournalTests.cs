using Dre.Core.Audit;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Tests.Partners;
using Dre.Core.Tests.Storage;
using Dre.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Core.Tests.Contacts;

/// <summary>A deletion is a journalled change like any other: a writer that dies half-way is completed by the repair.</summary>
public sealed class ContactDeletionJournalTests : IAsyncLifetime
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });

    private readonly FakeTimeProvider _clock = TestClock.Pinned();
    private StoreInstance _store = null!;

    public async Task InitializeAsync() => _store = await StoreInstance.StartAsync(_clock, seed: [SeedDirectory.Get("jordan")]);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ADeletionThatDiedBeforeRemovingTheIndexRows_IsCompletedByTheRepair_AndLeavesNoContent()
    {
        var logged = (await _store.Service.LogAsync(Meeting(), Eva)).Contact;
        Assert.Single(await FollowUpRowsAsync(logged.Id));

        // The outbox is written between the contact and the removal of its index rows: dying there leaves them all.
        await _store.CrashAtAsync([StoreTables.OutboxTable], () => _store.Deletions.DeleteAsync(logged.Id, null, Eva));
        _clock.Advance(ContactJournalRepair.Grace + TimeSpan.FromSeconds(1));
        await _store.Contacts.RepairAsync(ContactJournalRepair.Grace);

        Assert.DoesNotContain(await _store.Contacts.ListByPartnerAsync("jordan", ContactLimits.Earliest, logged.Start.AddHours(1)).ToListAsync(), s => s.ContactId == logged.Id);
        Assert.DoesNotContain(await _store.Contacts.ListByPeriodAsync(logged.Start.AddHours(-1), logged.Start.AddHours(1)).ToListAsync(), s => s.ContactId == logged.Id);
        Assert.Empty(await FollowUpRowsAsync(logged.Id));
        Assert.Empty(await _store.Tables.Journal.QueryAsync<TableEntity>(e => e.PartitionKey == "contact").ToListAsync());
        var tombstone = await _store.Tables.Contacts.GetEntityAsync<TableEntity>(logged.Id, "");
        var columns = string.Join("|", ((IDictionary<string, object>)tombstone.Value).Values.Select(v => v?.ToString()));
        Assert.DoesNotContain("Amman", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("agenda", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("Karim", columns, StringComparison.Ordinal);
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], (await HistoryAsync(logged.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task AnEditWhoseWriterDiedBeforeRecordingIt_IsRecordedByTheNextWrite_BeforeAnyRepair()
    {
        var logged = (await _store.Service.LogAsync(Meeting(), Eva)).Contact;
        await _store.CrashAtAsync([StoreTables.OutboxTable], () => _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Renamed once" }, logged.Version, Eva));
        var edited = await _store.Service.GetAsync(logged.Id, Eva);

        await _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Renamed twice" }, edited.Version, Eva);

        var history = await HistoryAsync(logged.Id);
        Assert.Equal([AuditAction.Created, AuditAction.Edited, AuditAction.Edited], history.Select(e => e.Action));
        Assert.Equal("Renamed once", history[1].Changes.Single().After!.GetValue<string>());
        Assert.Equal("Renamed once", history[2].Changes.Single().Before!.GetValue<string>());
    }

    private ContactDraft Meeting() => new()
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
