using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Partners;

/// <summary>
/// The partner directory in one table partition (a few hundred rows at most), read whole into a snapshot. The snapshot
/// is refreshed every few seconds so that several service instances agree without a cache to invalidate across them.
/// </summary>
public sealed class TablePartnerDirectory(StoreTables tables, TimeProvider time, ILogger<TablePartnerDirectory> logger) : IPartnerDirectory, IDisposable
{
    private const string Partition = "partner";
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private PartnerSnapshot? _snapshot;

    public async ValueTask<PartnerSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetUtcNow() - snapshot.TakenAt < MaxAge)
        {
            return snapshot;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && fresh != snapshot && time.GetUtcNow() - fresh.TakenAt < MaxAge)
            {
                return fresh;
            }

            return _snapshot = await LoadAsync(cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    /// <summary>Adds the seed's partners that are missing and brings the directory facts of the others up to date, leaving states of play edited since alone.</summary>
    public async Task SeedAsync(IReadOnlyList<Partner> seed, CancellationToken cancellationToken = default)
    {
        var stored = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            stored[entity.RowKey] = entity;
        }

        var added = 0;
        var updated = 0;
        foreach (var partner in seed)
        {
            var directory = DirectoryJson(partner);
            if (!stored.TryGetValue(partner.Id, out var existing))
            {
                var entity = new TableEntity(Partition, partner.Id) { ["Directory"] = directory };
                WriteStateOfPlay(entity, partner.StateOfPlay);
                await tables.Partners.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
                added++;
            }
            else if (existing.GetString("Directory") != directory)
            {
                var entity = new TableEntity(Partition, partner.Id) { ["Directory"] = directory };
                await tables.Partners.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
                updated++;
            }
        }

        _snapshot = null;
        logger.LogInformation("Partner directory seeded: {Added} added, {Updated} updated, {Total} in the seed", added, updated, seed.Count);
    }

    public async Task<Partner> UpdateStateOfPlayAsync(string partnerId, string text, string ifMatch, UserContext user, CancellationToken cancellationToken = default)
    {
        if (!user.IsDreOfficer)
        {
            throw new ForbiddenException("Only DRE officers update a state of play.");
        }

        var errors = new InputErrors();
        var valid = errors.Text("text", text, 4_000, required: true);
        errors.ThrowIfAny();
        var entity = new TableEntity(Partition, partnerId);
        WriteStateOfPlay(entity, new StateOfPlay(valid!, user.Name, time.GetUtcNow()));
        return await UpdateAsync(partnerId, entity, new ETag(Versions.Canonical(ifMatch)), cancellationToken);
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

        var entity = new TableEntity(Partition, partnerId) { ["Directory"] = DirectoryJson(partner with { Domains = [.. partner.Domains, normalized] }) };
        return await UpdateAsync(partnerId, entity, new ETag(partner.Version!), cancellationToken);
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
            _snapshot = null;
            var current = (await GetSnapshotAsync(cancellationToken)).Find(partnerId)!;
            throw new VersionConflictException(current, current.Version!);
        }

        _snapshot = null;
        return (await GetSnapshotAsync(cancellationToken)).Find(partnerId)!;
    }

    private async Task<PartnerSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var partners = new List<Partner>();
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            var partner = JsonSerializer.Deserialize<Partner>(entity.GetString("Directory"), StoreJson.Options)!;
            partners.Add(partner with { StateOfPlay = ReadStateOfPlay(entity), Version = entity.ETag.ToString() });
        }

        return new PartnerSnapshot(partners, time.GetUtcNow());
    }

    private static string DirectoryJson(Partner partner) =>
        JsonSerializer.Serialize(partner with { StateOfPlay = null, Version = null }, StoreJson.Options);

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
}
