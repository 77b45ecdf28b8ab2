using Dre.Core.Storage;

namespace Dre.Core.Partners;

/// <summary>
/// What a start writes to bring the stored directory up to the seed it ships with. A row still as some seed wrote it
/// takes the new seed's entry whole; a row a DRE officer edited keeps what it has and only gains the domains and
/// aliases the seed gives it; a domain already held by another partner's row that the seed does not rewrite stays
/// there, since two partners with one domain would make e-mail matching ambiguous.
/// </summary>
internal static class PartnerSeedPlan
{
    /// <param name="Seed">The version of the seed entry the row was last brought up to; null on rows from before versions were kept.</param>
    /// <param name="Edited">Whether an officer changed the row's directory facts; null on rows from before edits were marked.</param>
    public sealed record StoredRow(Partner Directory, string? Seed, bool? Edited, string Version);

    /// <param name="Version">The stored row's version to write over, or null for a partner the store does not have yet.</param>
    /// <param name="Withheld">The seed's domains for this partner that another partner's row keeps.</param>
    public sealed record Write(Partner Directory, string Seed, bool Edited, string? Version, IReadOnlyList<string> Withheld);

    public static string VersionOf(Partner seedEntry) => TableKeys.Hash(TablePartnerDirectory.DirectoryJson(seedEntry))[..16];

    public static IReadOnlyList<Write> Of(IReadOnlyList<Partner> seed, IReadOnlyDictionary<string, StoredRow> stored)
    {
        var planned = seed
            .Select(entry => (Entry: entry, Seed: VersionOf(entry), Row: stored.GetValueOrDefault(entry.Id)))
            .Where(p => p.Row?.Seed != p.Seed)
            .Select(p => (p.Entry, p.Seed, p.Row, Edited: p.Row is { } row && (row.Edited ?? HasDomainsBeyond(row.Directory, p.Entry))))
            .ToList();

        // Rows that are not about to take a seed entry whole keep their domains; a seed entry gets only what they do not hold.
        var replaced = planned.Where(p => p.Row is not null && !p.Edited).Select(p => p.Entry.Id).ToHashSet(StringComparer.Ordinal);
        var holders = stored.Values
            .Where(row => !replaced.Contains(row.Directory.Id))
            .SelectMany(row => row.Directory.Domains.Select(domain => (Domain: domain, row.Directory.Id)))
            .DistinctBy(held => held.Domain, StringComparer.Ordinal)
            .ToDictionary(held => held.Domain, held => held.Id, StringComparer.Ordinal);

        return planned.Select(p =>
        {
            var free = p.Entry.Domains.Where(d => !holders.TryGetValue(d, out var holder) || holder == p.Entry.Id).ToList();
            var withheld = p.Entry.Domains.Except(free, StringComparer.Ordinal).ToList();
            var directory = p.Row is { } row && p.Edited
                ? row.Directory with
                {
                    Domains = row.Directory.Domains.Union(free, StringComparer.Ordinal).ToList(),
                    Aliases = row.Directory.Aliases.Union(p.Entry.Aliases, StringComparer.OrdinalIgnoreCase).ToList(),
                }
                : p.Entry with { Domains = free };
            return new Write(directory, p.Seed, p.Edited, p.Row?.Version, withheld);
        }).ToList();
    }

    // Officers' only edit of the directory facts is adding a domain: an unmarked row with a domain its seed entry lacks was edited.
    private static bool HasDomainsBeyond(Partner row, Partner seedEntry) =>
        row.Domains.Except(seedEntry.Domains, StringComparer.Ordinal).Any();
}
