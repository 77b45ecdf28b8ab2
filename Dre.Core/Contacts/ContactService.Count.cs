using System.Text.Json;
using Dre.Core.Identity;
using Dre.Core.Validation;
using Dre.Core.Visibility;

namespace Dre.Core.Contacts;

/// <summary>What contacts are counted by in a report.</summary>
public enum ContactGrouping
{
    Portfolio,
    Partner,
    Mae,
}

/// <summary>How many contacts of a period fall in one group; <see cref="Key"/> is "" for contacts without one (no MAE named).</summary>
public sealed record ContactCount(string Key, int Count);

/// <summary>A report's counts, and how many contacts they are of (a contact counts once in each group it names).</summary>
public sealed record ContactCounts(DateTimeOffset From, DateTimeOffset To, ContactGrouping By, int Contacts, IReadOnlyList<ContactCount> Counts);

public sealed partial class ContactService
{
    /// <summary>The longest period a report counts over: three years of weekly index partitions.</summary>
    public const int MaxReportYears = 3;

    /// <summary>
    /// The contacts of a period the caller may see, counted by portfolio, partner or MAE over the whole period (no cap,
    /// unlike a list): what a report charts. A contact the caller may not see is not counted anywhere.
    /// </summary>
    public async Task<ContactCounts> CountAsync(DateTimeOffset? from, DateTimeOffset? to, ContactGrouping by, UserContext user, CancellationToken cancellationToken = default)
    {
        var errors = new InputErrors();
        var (start, end) = Period(errors, from, to, MaxReportYears);
        errors.ThrowIfAny();
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var contacts = 0;
        await foreach (var contact in store.ListByPeriodAsync(start, end, cancellationToken).Where(s => VisibilityPolicy.MaySee(user, s)))
        {
            contacts++;
            IEnumerable<string> keys = by switch
            {
                ContactGrouping.Mae => contact.CoeParticipants.Select(p => p.Mae?.Trim() ?? "").DefaultIfEmpty(""),
                ContactGrouping.Partner => contact.PartnerIds,
                _ => contact.PartnerIds.Select(id => snapshot.Find(id)?.Portfolio is { } p ? JsonNamingPolicy.CamelCase.ConvertName(p.ToString()) : ""),
            };
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var ordered = counts.Select(c => new ContactCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new ContactCounts(start, end, by, contacts, ordered);
    }
}
