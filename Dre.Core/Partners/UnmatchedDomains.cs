using Azure;
using Azure.Data.Tables;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;

namespace Dre.Core.Partners;

/// <summary>An e-mail domain that no partner has, as often as match requests met it.</summary>
public sealed record UnmatchedDomain(string Domain, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int TimesSeen);

/// <summary>
/// The domains match requests could not attribute, for DRE officers to triage: assign one to a partner (the directory's
/// domains; the list then leaves it out, subdomains included) or ignore it. Only the domain is kept, never an address,
/// a name or anything of the item; Council of Europe and free-mail domains are never unknown, so never kept.
/// </summary>
public sealed class UnmatchedDomains(StoreTables tables, TimeProvider time)
{
    public const string TableName = "UnmatchedDomains";

    // One partition: the list is read whole, and stays small (a domain is one row however often it is seen).
    private const string Partition = "domain";
    private const int MaxAttempts = 5;

    private TableClient Table => tables.Table(TableName);

    /// <summary>Counts each unknown domain of one match request once (a row per domain: repeating it adds no row).</summary>
    public async Task RecordAsync(IEnumerable<EmailMatch> matches, CancellationToken cancellationToken = default)
    {
        var domains = matches
            .Where(m => m.Kind == EmailMatchKind.Unknown)
            .Select(m => m.Address[(m.Address.IndexOf('@', StringComparison.Ordinal) + 1)..])
            .Distinct(StringComparer.Ordinal);
        await Task.WhenAll(domains.Select(d => CountAsync(d, cancellationToken)));
    }

    /// <summary>The domains still to triage, most seen first: not ignored, and that no partner's domain now covers.</summary>
    public async Task<IReadOnlyList<UnmatchedDomain>> ListAsync(PartnerSnapshot snapshot, UserContext user, CancellationToken cancellationToken = default)
    {
        RequireOfficer(user);
        var rows = new List<UnmatchedDomain>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            if (row.GetBoolean("Ignored") is not true && snapshot.Domains.Match("x@" + row.RowKey).Kind == EmailMatchKind.Unknown)
            {
                rows.Add(new UnmatchedDomain(row.RowKey, row.GetDateTimeOffset("FirstSeen")!.Value, row.GetDateTimeOffset("LastSeen")!.Value, row.GetInt32("TimesSeen") ?? 0));
            }
        }

        return [.. rows.OrderByDescending(r => r.TimesSeen).ThenBy(r => r.Domain, StringComparer.Ordinal)];
    }

    /// <summary>Leaves a domain out of the list for good (ignoring it again changes nothing).</summary>
    public async Task IgnoreAsync(string domain, UserContext user, CancellationToken cancellationToken = default)
    {
        RequireOfficer(user);
        var normalized = domain.Trim().ToLowerInvariant();
        if (!PartnerDomainMatcher.IsDomain(normalized))
        {
            throw InputException.For("domain", "domain is not a valid e-mail domain.");
        }

        try
        {
            await Table.UpdateEntityAsync(new TableEntity(Partition, normalized) { ["Ignored"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new NotFoundException("The domain");
        }
    }

    // Optimistic: two instances counting the same domain at once both land, the loser re-reading the winner's count.
    private async Task CountAsync(string domain, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            try
            {
                var current = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, domain, cancellationToken: cancellationToken);
                if (!current.HasValue)
                {
                    await Table.AddEntityAsync(new TableEntity(Partition, domain) { ["FirstSeen"] = now, ["LastSeen"] = now, ["TimesSeen"] = 1 }, cancellationToken);
                    return;
                }

                var row = current.Value!;
                var update = new TableEntity(Partition, domain) { ["LastSeen"] = now, ["TimesSeen"] = (row.GetInt32("TimesSeen") ?? 0) + 1 };
                await Table.UpdateEntityAsync(update, row.ETag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another request counted it meanwhile: count again over its row.
            }
        }
    }

    private static void RequireOfficer(UserContext user)
    {
        if (!user.IsDreOfficer)
        {
            throw new ForbiddenException("Only DRE officers triage e-mail domains.");
        }
    }
}
