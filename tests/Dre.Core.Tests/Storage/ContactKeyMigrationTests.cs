using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Audit;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Tests.Partners;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dre.Core.Tests.Storage;

/// <summary>
/// A store written before the Contacts table was sharded (one partition per contact, RowKey ""): moved at start, it
/// reads as it did before the move, and while the move has not run it is read and written as before, without a
/// second row for any contact. Instances moving it together, and a move run again, leave each contact once. Audit
/// entries under the keys of before are read, in order and each once, and purged.
/// </summary>
public sealed class ContactKeyMigrationTests : IAsyncLifetime
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly UserContext Officer = new("officer", "DRE Officer", "officer@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });
    private static readonly string[] Partners = ["jordan", "morocco"];

    private readonly FakeTimeProvider _clock = TestClock.Pinned();
    private StoreInstance _written = null!;
    private readonly List<StoreInstance> _restarted = [];

    public async Task InitializeAsync() =>
        _written = await StoreInstance.StartAsync(_clock, seed: [.. Partners.Select(SeedDirectory.Get)]);

    public Task DisposeAsync()
    {
        _written.Dispose();
        _restarted.ForEach(s => s.Dispose());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OldStore_MovedAtStart_ReadsAsBefore_AndAMoveRunAgainMovesNothing()
    {
        var ids = await LogHistoryAsync();
        var before = await ReadsAsync(_written, ids);
        await ToOldLayoutAsync();

        var restarted = await RestartAsync();
        var moved = await MigrationOf(restarted).RunAsync(CancellationToken.None);

        Assert.Equal(ids.Count, moved);
        Assert.Equal(before, await ReadsAsync(restarted, ids));
        await AssertEachContactOnceInItsShardAsync(ids);
        Assert.Equal(0, await MigrationOf(await RestartAsync()).RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task OldStore_BeforeTheMove_IsReadAndWrittenAsBefore_WithoutASecondRow()
    {
        var ids = await LogHistoryAsync();
        var before = await ReadsAsync(_written, ids);
        await ToOldLayoutAsync();
        var restarted = await RestartAsync();

        Assert.Equal(before, await ReadsAsync(restarted, ids));
        // The same meeting logged again folds into its contact, and an edit replaces it, as on a moved store.
        var again = await restarted.Service.LogAsync(Meeting("uid-1@example.org", "jordan", "Partnership priorities"), Officer);
        var version = (await restarted.Contacts.GetAsync(ids[1]))!.Version;
        var edited = await restarted.Service.UpdateAsync(ids[1], new ContactPatch { Subject = "Renamed" }, version, Eva);
        Assert.Equal(ids[0], again.Contact!.Id);
        Assert.Equal("Renamed", (await restarted.Contacts.GetAsync(ids[1]))!.Subject);
        Assert.Equal(edited.Revision, (await restarted.Contacts.GetAsync(ids[1]))!.Revision);

        await MigrationOf(restarted).RunAsync(CancellationToken.None);
        await AssertEachContactOnceInItsShardAsync(ids);
    }

    [Fact]
    public async Task TwoInstancesMovingTogether_LeaveEachContactOnce_AsBefore()
    {
        var ids = await LogHistoryAsync();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await _written.Service.LogAsync(Meeting($"bulk-{i}@example.org", Partners[i % 2], $"Meeting {i}"), Eva)).Contact!.Id);
        }

        var before = await ReadsAsync(_written, ids);
        await ToOldLayoutAsync();
        var (first, second) = (await RestartAsync(), await RestartAsync());

        var moved = await Task.WhenAll(MigrationOf(first).RunAsync(CancellationToken.None), MigrationOf(second).RunAsync(CancellationToken.None));

        Assert.InRange(moved.Sum(), ids.Count, 2 * ids.Count);
        await AssertEachContactOnceInItsShardAsync(ids);
        Assert.Equal(before, await ReadsAsync(await RestartAsync(), ids));
    }

    [Fact]
    public async Task AuditEntriesUnderTheOldKeys_ReadAsBefore_EachOnce_AndArePurged()
    {
        var ids = await LogHistoryAsync();
        var before = await HistoriesAsync(ids);
        await AuditToOldKeysAsync(keepingTheNewKeyOf: ids[0]);

        Assert.Equal(before, await HistoriesAsync(ids));
        var version = (await _written.Contacts.GetAsync(ids[2]))!.Version;
        await _written.Service.UpdateAsync(ids[2], new ContactPatch { Subject = "Renamed" }, version, Eva);
        Assert.Equal([AuditAction.Created, AuditAction.Edited], (await _written.Audit.ReadAsync(AuditTrail.ContactSubject(ids[2]), Eva)).Select(e => e.Action));

        var retention = new AuditOptions().DeletedContentRetention;
        _clock.Advance(retention + TimeSpan.FromHours(1));
        Assert.Equal(1, await _written.Audit.PurgeDeletedAsync(_clock.GetUtcNow() - retention));
        var purged = await _written.Audit.ReadAsync(AuditTrail.ContactSubject(ids[3]), Eva);
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], purged.Select(e => e.Action));
        Assert.All(purged, e => Assert.True(e.Purged));
        Assert.DoesNotContain("Logged by mistake", JsonSerializer.Serialize(purged), StringComparison.Ordinal);
    }

    /// <summary>Contacts of each kind the table holds: an Outlook meeting, a restricted one, one with a follow-up, a deleted one.</summary>
    private async Task<List<string>> LogHistoryAsync()
    {
        var meeting = await _written.Service.LogAsync(Meeting("uid-1@example.org", "jordan", "Partnership priorities"), Eva);
        var restricted = await _written.Service.LogAsync(Meeting("uid-2@example.org", "morocco", "Sensitive consultation") with { Confidentiality = Confidentiality.Restricted }, Eva);
        var followed = await _written.Service.LogAsync(Meeting("uid-3@example.org", "morocco", "Justice reform") with
        {
            FollowUps = [new FollowUpDraft("Send the report", "eva.schmidt@coe.int", null, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(5))],
        }, Eva);
        var deleted = await _written.Service.LogAsync(Meeting("uid-4@example.org", "jordan", "Logged by mistake"), Eva);
        await _written.Deletions.DeleteAsync(deleted.Contact!.Id, null, Eva);
        return [meeting.Contact!.Id, restricted.Contact!.Id, followed.Contact!.Id, deleted.Contact.Id];
    }

    /// <summary>What the store answers about these contacts, as JSON without the versions (a moved row has a new ETag).</summary>
    private static async Task<string> ReadsAsync(StoreInstance store, IReadOnlyList<string> ids)
    {
        var contacts = new List<Contact?>();
        foreach (var id in ids)
        {
            contacts.Add(await store.Contacts.GetAsync(id) is { } c ? c with { Version = null } : null);
        }

        var lists = new List<object>();
        foreach (var partner in Partners)
        {
            lists.Add(await store.Service.ListAsync(partner, null, null, Officer));
            lists.Add(await store.Service.ListAsync(partner, null, null, Eva));
            lists.Add(await store.Service.ListPartnerFollowUpsAsync(partner, Eva, 10));
        }

        return JsonSerializer.Serialize(new { contacts, lists });
    }

    private async Task<string> HistoriesAsync(IReadOnlyList<string> ids)
    {
        var histories = new List<IReadOnlyList<AuditEntry>>();
        foreach (var id in ids)
        {
            histories.Add(await _written.Audit.ReadAsync(AuditTrail.ContactSubject(id), Eva));
            histories.Add(await _written.Audit.ReadAsync(AuditTrail.ContactSubject(id), Officer));
        }

        return JsonSerializer.Serialize(histories);
    }

    /// <summary>
    /// Rewrites every contact's audit entries under the keys written before they carried the contact (the revision
    /// alone); those of one contact stay under the current keys too, as a write repaired after an upgrade leaves them.
    /// </summary>
    private async Task AuditToOldKeysAsync(string keepingTheNewKeyOf)
    {
        var table = _written.Tables.Table(AuditTrail.TableName);
        var rows = await table.QueryAsync<TableEntity>(r => r.PartitionKey.CompareTo("contact-") > 0 && r.PartitionKey.CompareTo("contact.") < 0).ToListAsync();
        foreach (var row in rows)
        {
            var old = Copy(row, row.PartitionKey, row.RowKey.Split('-')[0]);
            await table.AddEntityAsync(old);
            if (row.PartitionKey != AuditTrail.ContactSubject(keepingTheNewKeyOf))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
            }
        }

        Assert.NotEmpty(rows);
    }

    private static TableEntity Copy(TableEntity row, string partitionKey, string rowKey)
    {
        var copy = new TableEntity(partitionKey, rowKey);
        foreach (var (column, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            copy[column] = value;
        }

        return copy;
    }

    /// <summary>Rewrites every Contacts row as the layout before the shards had it: the id as PartitionKey, RowKey "".</summary>
    private async Task ToOldLayoutAsync()
    {
        var table = _written.Tables.Contacts;
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            await table.AddEntityAsync(Copy(row, row.RowKey, ContactKeys.LegacyRowKey));
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
        }

        Assert.All(await table.QueryAsync<TableEntity>().ToListAsync(), r => Assert.Equal("", r.RowKey));
    }

    private async Task AssertEachContactOnceInItsShardAsync(IReadOnlyList<string> ids)
    {
        var rows = await _written.Tables.Contacts.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]).ToListAsync();
        Assert.Equal(ids.Order(StringComparer.Ordinal), rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(ContactKeys.Partition(r.RowKey), r.PartitionKey));
    }

    /// <summary>Another start of the service over the same store: nothing of the old layout's move has run in it.</summary>
    private async Task<StoreInstance> RestartAsync()
    {
        var instance = await StoreInstance.StartAsync(_clock, _written.Prefix, seed: [.. Partners.Select(SeedDirectory.Get)]);
        _restarted.Add(instance);
        return instance;
    }

    private static ContactKeyMigration MigrationOf(StoreInstance store) => store.Services.GetRequiredService<ContactKeyMigration>();

    private ContactDraft Meeting(string iCalUid, string partnerId, string subject) => new()
    {
        Kind = ContactKind.Meeting,
        Start = _clock.GetUtcNow().AddDays(-1),
        PartnerIds = [partnerId],
        Subject = subject,
        Summary = "Échange sur les priorités du partenariat.",
        CoeParticipants = [new CoeParticipant("Eva Schmidt", "eva.schmidt@coe.int", "DRE")],
        Source = ContactSource.OutlookMeeting,
        ICalUid = iCalUid,
    };
}
