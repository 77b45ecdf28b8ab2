using Azure;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Tests.Partners;
using Dre.Core.Validation;
using Dre.Testing;
using Xunit.Abstractions;

namespace Dre.Core.Tests.Storage;

/// <summary>
/// The store cut at each round trip of a write in turn, and after the last one, under the SDK as the service runs it:
/// once the store is back and the journal repaired, a contact whose write was acknowledged is complete in every list
/// it belongs in, exactly once, and one whose write failed is complete (old or new) or absent, never half-indexed; the
/// partners' timelines agree with what is stored.
/// </summary>
public sealed class WriteCutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly string[] PartnerIds = ["jordan", "morocco"];

    // A running clock, not a pinned one: a write that meets a version conflict pauses on it before retrying.
    private readonly TimeProvider _clock = TestClock.Running();
    private readonly StoreFaults _faults = new();
    private StoreInstance _store = null!;
    private ContactAudit _audit = null!;

    public async Task InitializeAsync()
    {
        _store = await StoreInstance.StartAsync(_clock, seed: PartnerIds.Select(SeedDirectory.Get).ToList(), clientOptions: _faults.ClientOptions());
        _audit = new ContactAudit(_store);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        _faults.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The writes cut: a log, an edit that makes rows stale, a follow-up completed; each under each kind of cut.</summary>
    public static TheoryData<string, CutKind> Writes()
    {
        var writes = new TheoryData<string, CutKind>();
        foreach (var write in new[] { "log", "edit", "complete" })
        {
            foreach (var kind in Enum.GetValues<CutKind>())
            {
                writes.Add(write, kind);
            }
        }

        return writes;
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_CutAtEachRoundTrip_LeavesWhatWasAcknowledgedListedOnceAndNothingHalfIndexed(string write, CutKind kind)
    {
        Func<string, Task<Write>> prepare = write switch
        {
            "log" => LogAsync,
            "edit" => EditAsync,
            _ => CompleteFollowUpAsync,
        };

        await CutEachRoundTripAsync(kind, prepare);
    }

    private Task<Write> LogAsync(string name)
    {
        var draft = Meeting(name);
        var id = ContactFactory.IdFor(SourceKey.For(ContactSource.OutlookMeeting, draft.ICalUid, null, null)!);
        return Task.FromResult(new Write(id, async () => (await _store.Service.LogAsync(draft, Eva)).Contact!));
    }

    /// <summary>An edit that makes rows stale: the contact moves to the next week and loses a partner.</summary>
    private async Task<Write> EditAsync(string name)
    {
        var logged = (await _store.Service.LogAsync(Meeting(name), Eva)).Contact!;
        var patch = new ContactPatch { Start = logged.Start.AddDays(7), PartnerIds = [PartnerIds[0]] };
        return new Write(logged.Id, () => _store.Service.UpdateAsync(logged.Id, patch, logged.Version, Eva));
    }

    /// <summary>A follow-up marked done, which leaves each list of open follow-ups.</summary>
    private async Task<Write> CompleteFollowUpAsync(string name)
    {
        var logged = (await _store.Service.LogAsync(Meeting(name), Eva)).Contact!;
        return new Write(logged.Id, () => _store.Service.CompleteFollowUpAsync(logged.Id, logged.FollowUps[0].Id, Eva));
    }

    private async Task CutEachRoundTripAsync(CutKind kind, Func<string, Task<Write>> prepare)
    {
        var roundTrips = await RoundTripsAsync(await prepare("uncut"));
        output.WriteLine($"{roundTrips.Count} round trips:");
        for (var i = 0; i < roundTrips.Count; i++)
        {
            output.WriteLine($"  {i + 1,2}. {roundTrips[i]}");
        }

        var problems = new List<string>();
        int acknowledged = 0, foundAfterRepair = 0, failedButComplete = 0, failedAndAbsent = 0;
        for (var cut = 1; cut <= roundTrips.Count + 1; cut++)
        {
            var write = await prepare($"cut-{cut}");
            await _store.Directory.GetSnapshotAsync();
            // The partners' timelines built, so that the cut meets their updates too, which the audit then checks.
            await Task.WhenAll(PartnerIds.Select(id => _store.Contacts.GetTimelineAsync(id)));
            _faults.CutAt(cut, kind);
            Contact? answer = null;
            string? failure = null;
            try
            {
                // A bound on a write that would hang, so that it fails this test rather than stalling the run.
                answer = await write.Run().WaitAsync(TimeSpan.FromMinutes(1));
            }
            catch (Exception e) when (Failure(e) is { } reason)
            {
                failure = reason;
            }

            _faults.Restore();
            await _store.Contacts.RepairAsync(TimeSpan.Zero);

            var stored = await _store.Contacts.GetAsync(write.ContactId);
            var found = new List<string>();
            if (stored is not null)
            {
                found.AddRange(await _audit.ListedOnceAsync(stored));
            }

            if (answer is not null)
            {
                acknowledged++;
                if (stored is null || stored.Revision < answer.Revision)
                {
                    found.Add($"{write.ContactId}: acknowledged at revision {answer.Revision}, stored at {stored?.Revision}");
                }
                else if (stored.Revision == answer.Revision && answer.Version != stored.Version)
                {
                    // The version answered is what the caller's next edit sends as If-Match.
                    found.Add($"{write.ContactId}: acknowledged with version {answer.Version}, stored with {stored.Version}");
                }
            }

            found.AddRange((await _audit.TablesAsync()).Where(p => p.Contains(write.ContactId, StringComparison.Ordinal)));
            foundAfterRepair += answer is not null && found.Count == 0 ? 1 : 0;
            failedButComplete += answer is null && stored is not null && found.Count == 0 ? 1 : 0;
            failedAndAbsent += answer is null && stored is null && found.Count == 0 ? 1 : 0;
            var at = cut <= roundTrips.Count ? roundTrips[cut - 1] : "after the last";
            output.WriteLine($"cut {cut,2} ({at}): {failure ?? "acknowledged"}; after repair revision {(object?)stored?.Revision ?? "none"}, {(found.Count == 0 ? "consistent" : string.Join("; ", found))}");
            problems.AddRange(found.Select(p => $"cut {cut}: {p}"));
        }

        output.WriteLine(
            $"{kind}: {roundTrips.Count + 1} cuts; {acknowledged} acknowledged, {foundAfterRepair} of them listed once after repair; "
            + $"{roundTrips.Count + 1 - acknowledged} failed, {failedButComplete} left complete, {failedAndAbsent} absent; {problems.Count} problems");
        Assert.Empty(problems);
        Assert.Equal(acknowledged, foundAfterRepair);
        Assert.Empty(await _audit.TablesAsync());
    }

    /// <summary>How a write that was not acknowledged failed, if it failed as a cut store makes it fail.</summary>
    private static string? Failure(Exception e) => e switch
    {
        RequestFailedException { Status: 0 } => "store unreachable",
        RequestFailedException r => $"store answered {r.Status}",
        // The SDK's retries ran out: one failure for each try.
        AggregateException a when a.InnerExceptions.All(i => i is RequestFailedException) => $"store unreachable after {a.InnerExceptions.Count} tries",
        VersionConflictException => "version conflict",
        _ => null,
    };

    /// <summary>The requests a write makes when the store stays up, as method and table.</summary>
    private async Task<IReadOnlyList<string>> RoundTripsAsync(Write write)
    {
        await _store.Directory.GetSnapshotAsync();
        _faults.Count();
        await write.Run();
        var account = $"/devstoreaccount1/{_store.Prefix}";
        return _faults.Requests.Select(r => r.Replace(account, "", StringComparison.Ordinal).Replace("/devstoreaccount1/", "", StringComparison.Ordinal)).ToList();
    }

    private ContactDraft Meeting(string name) => new()
    {
        Kind = ContactKind.Meeting,
        Start = _clock.GetUtcNow().AddDays(-1),
        PartnerIds = PartnerIds,
        Subject = $"Réunion tripartite {name}",
        Source = ContactSource.OutlookMeeting,
        ICalUid = $"{name}-{Guid.NewGuid():N}@example.org",
        FollowUps = [new FollowUpDraft("Envoyer le compte rendu", Eva.Email, Eva.Name, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(7))],
    };

    /// <summary>A write to cut: the contact it is about, and the call that writes it and answers when acknowledged.</summary>
    private sealed record Write(string ContactId, Func<Task<Contact>> Run);
}
