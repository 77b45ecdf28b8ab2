namespace Dre.Core.Partners;

/// <summary>
/// Finds the partner a name, acronym, code or fragment of running text refers to, in English or French, forgiving
/// small typos; it answers with one partner only when it is sure, and otherwise with ranked candidates.
/// </summary>
/// <remarks>Keys are normalized once at construction: an instance is immutable, thread-safe and meant to be shared.</remarks>
public sealed class PartnerResolver
{
    // A near miss must beat the next near miss by a whole edit to be taken without asking.
    private const double ConfidenceMargin = 0.1;
    private const int MinPrefixLength = 2;
    private const int MaxLengthWithoutTypoTolerance = 3;

    private readonly IReadOnlyList<Partner> _partners;
    private readonly PartnerKey[] _keys;

    public PartnerResolver(IReadOnlyList<Partner> partners)
    {
        _partners = [.. partners];
        _keys = [.. partners.SelectMany((partner, index) => KeyTexts(partner)
            .Select(TextNormalizer.Normalize)
            .Where(key => key.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(key => new PartnerKey(index, key)))];
    }

    public PartnerResolution Resolve(string query, int maxCandidates = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCandidates, 1);

        var normalized = TextNormalizer.Normalize(query);
        if (normalized.Length == 0)
        {
            return PartnerResolution.None;
        }

        var best = new KeyMatch[_partners.Count];
        var wordStart = " " + normalized;
        var allowedEdits = AllowedEdits(normalized.Length);
        foreach (var key in _keys)
        {
            var match = Score(normalized, wordStart, allowedEdits, key.Text);
            if (match.Score > best[key.PartnerIndex].Score)
            {
                best[key.PartnerIndex] = match;
            }
        }

        var ranked = best
            .Select((match, index) => (Match: match, Partner: _partners[index]))
            .Where(entry => entry.Match.Quality != MatchQuality.None)
            .OrderByDescending(entry => entry.Match.Score)
            .ThenBy(entry => entry.Partner.Name.En, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return PartnerResolution.None;
        }

        var candidates = ranked
            .Take(maxCandidates)
            .Select(entry => new PartnerCandidate(entry.Partner, entry.Match.Score))
            .ToList();
        var runnerUp = ranked.Count > 1 ? ranked[1].Match : default;
        return new PartnerResolution(
            IsCertain(ranked[0].Match, runnerUp) ? PartnerResolutionKind.Match : PartnerResolutionKind.Candidates,
            candidates);
    }

    private static bool IsCertain(KeyMatch best, KeyMatch runnerUp) => best.Quality switch
    {
        MatchQuality.Exact => runnerUp.Score < best.Score,
        // A near miss is taken only when every other near miss needs at least one more edit, and when the input
        // cannot be the start of another partner's name that the person is still typing.
        MatchQuality.Typo => runnerUp.Quality is MatchQuality.None
            || (runnerUp.Quality is MatchQuality.Typo && best.Score - runnerUp.Score >= ConfidenceMargin - 1e-9),
        // A prefix is what someone is still typing: offer it, never pick it.
        _ => false,
    };

    private static KeyMatch Score(string query, string wordStart, int allowedEdits, string key)
    {
        if (string.Equals(query, key, StringComparison.Ordinal))
        {
            return new KeyMatch(MatchQuality.Exact, 1);
        }

        var match = default(KeyMatch);
        if (query.Length >= MinPrefixLength && query.Length < key.Length)
        {
            var coverage = (double)query.Length / key.Length;
            if (key.StartsWith(query, StringComparison.Ordinal))
            {
                match = new KeyMatch(MatchQuality.Prefix, 0.3 + (0.4 * coverage));
            }
            else if (key.Contains(wordStart, StringComparison.Ordinal))
            {
                match = new KeyMatch(MatchQuality.WordPrefix, 0.2 + (0.4 * coverage));
            }
        }

        // Short keys are codes and acronyms: one letter off is another code, not a typo.
        if (allowedEdits > 0 && key.Length > MaxLengthWithoutTypoTolerance)
        {
            var edits = EditDistance.Bounded(query, key, allowedEdits);
            if (edits <= allowedEdits)
            {
                var typo = new KeyMatch(MatchQuality.Typo, 0.9 - (0.1 * edits));
                if (typo.Score > match.Score)
                {
                    match = typo;
                }
            }
        }

        return match;
    }

    private static int AllowedEdits(int length) => length switch
    {
        <= MaxLengthWithoutTypoTolerance => 0,
        <= 6 => 1,
        <= 10 => 2,
        _ => 3,
    };

    private static IEnumerable<string> KeyTexts(Partner partner) =>
        [partner.Id, partner.Name.En, partner.Name.Fr, .. partner.Aliases];

    private readonly record struct PartnerKey(int PartnerIndex, string Text);

    private readonly record struct KeyMatch(MatchQuality Quality, double Score);

    private enum MatchQuality
    {
        None,
        WordPrefix,
        Prefix,
        Typo,
        Exact,
    }
}
