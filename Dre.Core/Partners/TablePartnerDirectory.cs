using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Partners;

/// <summary>
/// The partner directory in one table partition (a few hundred rows at most), read whole into a snapshot served from
/// memory. <see cref="PartnerDirectoryRefresher"/> checks a version row every two seconds and reloads the partition
/// only when a write (on any instance) changed it, so that instances agree within seconds without a request waiting.
/// </summary>
public sealed class TablePartnerDirectory(StoreTables tables, AuditTrail audit, TimeProvider time, ILogger<TablePartnerDirectory> logger) : IPartnerDirectory, IDisposable
{
    private const string Partition = "partner";

    // Which seed entry a row was last brought up to, and whether an officer has changed it since: see PartnerSeedPlan.
    private const string SeedColumn = "Seed";
    private const string EditedColumn = "Edited";

    // A snapshot not checked for this long (no refresher running, or the store unreachable) is checked by the request.
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    // A writer that died between its partner row and the version row is caught up by a full reload this often.
    private static readonly TimeSpan ReloadAge = TimeSpan.FromMinutes(5);

    private static readonly IReadOnlySet<string> PartnerIgnored = new HashSet<string>(StringComparer.Ordinal) { "version" };
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly DirectoryVersionRow _version = new(tables);
    private volatile Cached? _cached;

    public async ValueTask<PartnerSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var cached = _cached;
        return cached is not null && time.GetUtcNow() - cached.CheckedAt < MaxAge ? cached.Snapshot : await RefreshAsync(cancellationToken);
    }

    /// <summary>One point read of the version row; the partition is read again only if it changed (or after <see cref="ReloadAge"/>).</summary>
    /// <param name="reload">Read the partition whatever the version: after a write of this instance, which must read it back.</param>
    internal async Task<PartnerSnapshot> RefreshAsync(CancellationToken cancellationToken, bool reload = false)
    {
        var seen = _cached;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var cached = _cached;
            if (!reload && cached is not null && cached != seen)
            {
                return cached.Snapshot; // refreshed by another caller while this one waited
            }

            var version = await _version.ReadAsync(cancellationToken);
            var now = time.GetUtcNow();
            if (!reload && cached is not null && cached.Version == version && now - cached.Snapshot.TakenAt < ReloadAge)
            {
                _cached = cached with { CheckedAt = now };
                return cached.Snapshot;
            }

            var snapshot = await LoadAsync(cancellationToken);
            _cached = new Cached(snapshot, version, now);
            return snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    /// <summary>
    /// Adds the seed's partners that are missing and brings the others up to the seed as <see cref="PartnerSeedPlan"/>
    /// says, leaving officers' edits and states of play alone. Every write is conditional on the row read, so that an
    /// edit made meanwhile, or another instance seeding at the same time, wins; the next start looks again.
    /// </summary>
    public async Task SeedAsync(IReadOnlyList<Partner> seed, CancellationToken cancellationToken = default)
    {
        var stored = new Dictionary<string, PartnerSeedPlan.StoredRow>(StringComparer.Ordinal);
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            stored[entity.RowKey] = new PartnerSeedPlan.StoredRow(ReadDirectory(entity), entity.GetString(SeedColumn), entity.GetBoolean(EditedColumn), entity.ETag.ToString());
        }

        var written = 0;
        var writes = PartnerSeedPlan.Of(seed, stored);
        foreach (var write in writes)
        {
            if (write.Withheld.Count > 0)
            {
                logger.LogWarning("Seed domains {Domains} of partner {PartnerId} stay with the partner an officer gave them to", write.Withheld, write.Directory.Id);
            }

            var entity = new TableEntity(Partition, write.Directory.Id) { ["Directory"] = DirectoryJson(write.Directory), [SeedColumn] = write.Seed, [EditedColumn] = write.Edited };
            try
            {
                if (write.Version is { } version)
                {
                    await tables.Partners.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Merge, cancellationToken);
                }
                else
                {
                    WriteStateOfPlay(entity, write.Directory.StateOfPlay);
                    await tables.Partners.AddEntityAsync(entity, cancellationToken);
                }

                written++;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                logger.LogInformation("Partner {PartnerId} changed while the seed was applied; left as it is until the next start", write.Directory.Id);
            }
        }

        if (written > 0)
        {
            await _version.BumpAsync(cancellationToken);
        }

        _cached = null;
        logger.LogInformation("Partner directory seeded: {Written} of {Planned} entries written, {Total} in the seed", written, writes.Count, seed.Count);
    }

    public async Task<Partner> UpdateStateOfPlayAsync(string partnerId, string text, string ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default)
    {
        if (!user.IsDreOfficer)
        {
            throw new ForbiddenException("Only DRE officers update a state of play.");
        }

        var errors = new InputErrors();
        var valid = errors.Text("text", text, 4_000, required: true);
        errors.ThrowIfAny();
        var before = (await GetSnapshotAsync(cancellationToken)).Find(partnerId);
        var entity = new TableEntity(Partition, partnerId);
        WriteStateOfPlay(entity, new StateOfPlay(valid!, user.Name, time.GetUtcNow()));
        var after = await UpdateAsync(partnerId, entity, new ETag(Versions.Canonical(ifMatch)), cancellationToken);
        await RecordAsync(before, after, AuditAction.StateOfPlay, user, origin, cancellationToken);
        return after;
    }

    public async Task<Partner> AddDomainAsync(string partnerId, string domain, UserContext user, CancellationToken cancellationToken = default)
    {
        if (!user.IsDreOfficer)
        {
            throw new ForbiddenException("Only DRE officers edit the partner directory.");
        }

        var normalized = domain.Trim().TrimStart('@').ToLowerInvariant();
        if (!EmailAddress.IsValid("x@" + normalized))
        {
            throw InputException.For("domain", "domain is not a valid e-mail domain.");
        }

        var snapshot = await GetSnapshotAsync(cancellationToken);
        var partner = snapshot.Find(partnerId) ?? throw new NotFoundException("The partner");
        if (snapshot.Partners.FirstOrDefault(p => p.Domains.Contains(normalized, StringComparer.OrdinalIgnoreCase)) is { } owner)
        {
            throw InputException.For("domain", $"{normalized} already belongs to {owner.Name.En}.");
        }

        var entity = new TableEntity(Partition, partnerId) { ["Directory"] = DirectoryJson(partner with { Domains = [.. partner.Domains, normalized] }), [EditedColumn] = true };
        var after = await UpdateAsync(partnerId, entity, new ETag(partner.Version!), cancellationToken);
        await RecordAsync(partner, after, AuditAction.DomainAdded, user, ChangeOrigin.Api, cancellationToken);
        return after;
    }

    /// <summary>Stores a new partner (an officer's: marked edited, so that no seed ever replaces it).</summary>
    internal async Task<Partner> InsertAsync(Partner partner, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, partner.Id) { ["Directory"] = DirectoryJson(partner), [EditedColumn] = true };
        try
        {
            await tables.Partners.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            throw InputException.For("id", "id is already a partner's.");
        }

        return (await ChangedAsync(cancellationToken)).Find(partner.Id)!;
    }

    /// <summary>Replaces the directory facts of a partner if its row is still at <paramref name="ifMatch"/>; the state of play is left as it is.</summary>
    internal Task<Partner> ReplaceDirectoryAsync(Partner partner, string ifMatch, CancellationToken cancellationToken) =>
        UpdateAsync(partner.Id, new TableEntity(Partition, partner.Id) { ["Directory"] = DirectoryJson(partner), [EditedColumn] = true }, new ETag(Versions.Canonical(ifMatch)), cancellationToken);

    /// <summary>
    /// Written after the partner: a process dying between the two loses the entry, not the edit (a partner has no
    /// journal; the window is one round trip).
    /// </summary>
    internal async Task RecordAsync(Partner? before, Partner after, AuditAction action, UserContext user, ChangeOrigin origin, CancellationToken cancellationToken)
    {
        var changes = FieldDiff.Between(before, after, PartnerIgnored);
        await audit.WritePartnerAsync(after.Id, new AuditEntry(time.GetUtcNow(), new AuditActor(user.UserId, user.Name), origin, action, changes), cancellationToken);
    }

    private async Task<Partner> UpdateAsync(string partnerId, TableEntity changes, ETag ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Partners.UpdateEntityAsync(changes, ifMatch, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new NotFoundException("The partner");
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            var current = (await RefreshAsync(cancellationToken, reload: true)).Find(partnerId)!;
            throw new VersionConflictException(current, current.Version!);
        }

        return (await ChangedAsync(cancellationToken)).Find(partnerId)!;
    }

    /// <summary>After a write of this instance: the version row tells the others, and this one reads the write back.</summary>
    private async Task<PartnerSnapshot> ChangedAsync(CancellationToken cancellationToken)
    {
        await _version.BumpAsync(cancellationToken);
        return await RefreshAsync(cancellationToken, reload: true);
    }

    private async Task<PartnerSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var partners = new List<Partner>();
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            partners.Add(ReadDirectory(entity) with { StateOfPlay = ReadStateOfPlay(entity), Version = entity.ETag.ToString() });
        }

        return new PartnerSnapshot(partners, time.GetUtcNow());
    }

    internal static string DirectoryJson(Partner partner) =>
        JsonSerializer.Serialize(partner with { StateOfPlay = null, Version = null }, StoreJson.Options);

    private static Partner ReadDirectory(TableEntity entity) => JsonSerializer.Deserialize<Partner>(entity.GetString("Directory"), StoreJson.Options)!;

    private static void WriteStateOfPlay(TableEntity entity, StateOfPlay? stateOfPlay)
    {
        entity["StateOfPlay"] = stateOfPlay?.Text;
        entity["StateOfPlayAuthor"] = stateOfPlay?.Author;
        entity["StateOfPlayUpdatedAt"] = stateOfPlay?.UpdatedAt;
    }

    private static StateOfPlay? ReadStateOfPlay(TableEntity entity) =>
        entity.GetString("StateOfPlay") is { } text
            ? new StateOfPlay(text, entity.GetString("StateOfPlayAuthor") ?? "", entity.GetDateTimeOffset("StateOfPlayUpdatedAt") ?? DateTimeOffset.MinValue)
            : null;

    private sealed record Cached(PartnerSnapshot Snapshot, string? Version, DateTimeOffset CheckedAt);
}
