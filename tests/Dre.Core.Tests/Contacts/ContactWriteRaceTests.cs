using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Dre.Core.Audit;
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
/// A write whose index rows reach the store after a newer revision's: clearing its marker is refused, and it projects
/// the newer revision again, rows it wrote that the newer one has not included. And the journal's markers are committed
/// with their contact: a marker is there exactly when its write happened.
/// </summary>
public sealed class ContactWriteRaceTests : IAsyncLifetime
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });

    private readonly FakeTimeProvider _clock = TestClock.Pinned();
    private readonly HeldRequest _held = new();
    private StoreInstance _store = null!;

    public async Task InitializeAsync() =>
        _store = await StoreInstance.StartAsync(_clock, seed: [SeedDirectory.Get("jordan")], clientOptions: new TableClientOptions { Transport = new HttpClientTransport(_held) });

    public Task DisposeAsync()
    {
        _store.Dispose();
        _held.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AnEditOvertakenBeforeItsWeekRowLands_LeavesOnlyTheNewestRevisionsRows()
    {
        var logged = (await _store.Service.LogAsync(Meeting(), Eva)).Contact!;
        var weekB = logged with { Start = logged.Start.AddDays(7) };
        var weekC = logged with { Start = logged.Start.AddDays(14) };

        // The slow writer moves the contact to week B; its week B row is held on the way to the store.
        var landed = _held.Hold($"ContactsByWeek(PartitionKey='{TableKeys.Week(weekB.Start)}'");
        var slow = _store.Contacts.ReplaceAsync(logged, weekB);
        await landed.Arrived;
        var second = await _store.Contacts.GetAsync(logged.Id);
        await _store.Contacts.ReplaceAsync(second!, weekC with { Revision = second!.Revision, Version = second.Version });
        landed.Release();
        await slow;

        Assert.Empty(await new ContactAudit(_store).TablesAsync());
        Assert.DoesNotContain(await _store.Contacts.ListByPeriodAsync(weekB.Start.AddHours(-1), weekB.Start.AddHours(1)).ToListAsync(), s => s.ContactId == logged.Id);
        Assert.Contains(await _store.Contacts.ListByPeriodAsync(weekC.Start.AddHours(-1), weekC.Start.AddHours(1)).ToListAsync(), s => s.ContactId == logged.Id);
    }

    [Fact]
    public async Task ARefusedEditLeavesNoMarker_ACrashedOneLeavesItsMarker_AndTheRepairCompletesItAfterTheNextEdit()
    {
        var logged = (await _store.Service.LogAsync(Meeting(), Eva)).Contact!;
        var first = await _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Renamed once" }, logged.Version, Eva);
        await Assert.ThrowsAsync<VersionConflictException>(() => _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Too late" }, logged.Version, Eva));
        Assert.Empty(await MarkersAsync());

        // A writer that dies right after its transaction, before all its index rows are written: its marker stays.
        await _store.CrashAtAsync([ContactIndexes.ByWeek], () => _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Renamed twice" }, first.Version, Eva));
        Assert.Single(await MarkersAsync());
        var twice = await _store.Service.GetAsync(logged.Id, Eva);
        await _store.Service.UpdateAsync(logged.Id, new ContactPatch { Subject = "Renamed thrice" }, twice.Version, Eva);
        _clock.Advance(ContactJournalRepair.Grace + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _store.Contacts.RepairAsync(ContactJournalRepair.Grace));

        Assert.Empty(await MarkersAsync());
        var history = await _store.Audit.ReadAsync(AuditTrail.ContactSubject(logged.Id), Eva);
        Assert.Equal(["Renamed once", "Renamed twice", "Renamed thrice"], history.Skip(1).Select(e => e.Changes.Single().After!.GetValue<string>()));
        Assert.Empty(await new ContactAudit(_store).TablesAsync());
    }

    private async Task<List<TableEntity>> MarkersAsync() =>
        await _store.Tables.Contacts.QueryAsync<TableEntity>().Where(ContactJournal.IsMarker).ToListAsync();

    private ContactDraft Meeting() => new()
    {
        Kind = ContactKind.Meeting,
        Start = _clock.GetUtcNow().AddDays(-1),
        PartnerIds = ["jordan"],
        Subject = "Réunion de partenariat à Amman",
        Source = ContactSource.OutlookMeeting,
        ICalUid = $"race-{Guid.NewGuid():N}@example.org",
    };

    /// <summary>The transport under the table clients, holding the first request whose URL or body names a given row until released.</summary>
    private sealed class HeldRequest() : DelegatingHandler(new SocketsHttpHandler())
    {
        private Gate? _gate;

        public Gate Hold(string naming) => _gate = new Gate(naming);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_gate is { } gate && request.Content is not null
                && (await request.Content.ReadAsStringAsync(cancellationToken)).Contains(gate.Naming, StringComparison.Ordinal)
                && Interlocked.CompareExchange(ref _gate, null, gate) == gate)
            {
                gate.Arrive();
                await gate.Released;
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class Gate(string naming)
    {
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Naming { get; } = naming;

        public Task Arrived => _arrived.Task;

        public Task Released => _released.Task;

        public void Arrive() => _arrived.TrySetResult();

        public void Release() => _released.TrySetResult();
    }
}
