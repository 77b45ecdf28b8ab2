using System.Runtime.CompilerServices;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Validation;
using Dre.Core.Visibility;

namespace Dre.Service.Exports;

/// <summary>What an export holds: the contacts of a partner, a portfolio or a period that the caller may see, oldest first.</summary>
public sealed class ContactExport(IContactStore store, IPartnerDirectory directory, TimeProvider time)
{
    /// <summary>Without a partner or a portfolio, an export covers at most a year, as a list does.</summary>
    private static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(366);

    public sealed record Query(string? Partner, string? Portfolio, DateTimeOffset? From, DateTimeOffset? To);

    /// <summary>Checks the query whole before anything is written to the response, so that a mistake is a 400, not a cut stream.</summary>
    public async Task<Func<CancellationToken, IAsyncEnumerable<Contact>>> PrepareAsync(Query query, UserContext user, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var now = time.GetUtcNow();
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var latest = ContactLimits.ListedUntil(now);
        var to = errors.Within("to", query.To, ContactLimits.Earliest, latest) ?? latest;
        var scoped = query.Partner is not null || query.Portfolio is not null;
        var from = errors.Within("from", query.From, ContactLimits.Earliest, latest) ?? (scoped ? ContactLimits.Earliest : to - LongestPeriod);
        if (!errors.Any && from >= to)
        {
            errors.Add("from", "from must be before to.");
        }
        else if (!errors.Any && !scoped && to - from > LongestPeriod)
        {
            errors.Add("from", "Without a partner or a portfolio, an export covers at most one year.");
        }

        if (query.Partner is { } partner && !snapshot.Exists(partner))
        {
            errors.Add("partner", "partner is not a known partner id.");
        }

        Portfolio? portfolio = null;
        if (query.Portfolio is { } text)
        {
            portfolio = Enum.TryParse<Portfolio>(text, ignoreCase: true, out var p) && Enum.IsDefined(p) && !int.TryParse(text, out _) ? p : null;
            if (portfolio is null)
            {
                errors.Add("portfolio", $"portfolio is one of {string.Join(", ", Enum.GetNames<Portfolio>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
            }
        }

        errors.ThrowIfAny();
        var partners = query.Partner is { } id ? [id]
            : portfolio is { } chosen ? snapshot.Partners.Where(p => p.Portfolio == chosen).Select(p => p.Id).ToList()
            : (List<string>?)null;
        return token => ContactsAsync(partners, from, to, user, token);
    }

    private async IAsyncEnumerable<Contact> ContactsAsync(IReadOnlyList<string>? partners, DateTimeOffset from, DateTimeOffset to, UserContext user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var summaries = partners is null
            ? await store.ListByPeriodAsync(from, to, cancellationToken).ToListAsync(cancellationToken)
            : await partners.ToAsyncEnumerable().SelectMany(p => store.ListByPartnerAsync(p, from, to, cancellationToken: cancellationToken)).ToListAsync(cancellationToken);
        foreach (var summary in summaries.Where(s => VisibilityPolicy.MaySee(user, s)).DistinctBy(s => s.ContactId).OrderBy(s => s.Start))
        {
            // The index rows say who may see it; the contact itself says it again, as it is now.
            if (await store.GetAsync(summary.ContactId, cancellationToken) is { Deletion: null } contact && VisibilityPolicy.MaySee(user, contact))
            {
                yield return contact;
            }
        }
    }
}
