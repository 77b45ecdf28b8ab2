namespace Dre.Core.Partners;

/// <summary>
/// Finds the partners a running sentence names anywhere in it ("any news from the OSCE?", "qui a rencontré l'UE ?"), by
/// whole normalized words, longest name first so that "UN Women" or "Council of the EU" win over "UN" or "EU".
/// </summary>
/// <remarks>Built once per directory snapshot; immutable and thread-safe.</remarks>
public sealed class PartnerMentions
{
    // Only long words are forgiven a typo: short ones are ordinary words or other acronyms.
    private const int MinTypoWordLength = 6;

    private readonly Dictionary<string, Partner?> _byKey = new(StringComparer.Ordinal);
    private readonly int _longestKey;

    public PartnerMentions(IReadOnlyList<Partner> partners)
    {
        foreach (var partner in partners)
        {
            foreach (var key in new[] { partner.Id, partner.Name.En, partner.Name.Fr }.Concat(partner.Aliases)
                .Select(TextNormalizer.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                // A key two partners share names neither for sure; the resolver is asked instead.
                _byKey[key] = _byKey.TryGetValue(key, out var other) && other is not null && other.Id != partner.Id ? null : partner;
            }
        }

        _longestKey = _byKey.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
    }

    /// <summary>
    /// The partners named in <paramref name="words"/> (normalized words), each with the span of words naming it, in reading
    /// order; <paramref name="accept"/> may refuse a span (an ordinary word that is also a code), which then names nothing.
    /// </summary>
    public IReadOnlyList<PartnerMention> Find(IReadOnlyList<string> words, Func<PartnerMention, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<PartnerMention>();
        var taken = new bool[words.Count];
        for (var length = Math.Min(_longestKey, words.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                if (!Enumerable.Range(start, length).Any(i => taken[i])
                    && Lookup(words, start, length) is { } mention
                    && found.All(m => m.Partner.Id != mention.Partner.Id)
                    && (accept is null || accept(mention)))
                {
                    found.Add(mention);
                    Array.Fill(taken, true, start, length);
                }
            }
        }

        return [.. found.OrderBy(m => m.Start)];
    }

    private PartnerMention? Lookup(IReadOnlyList<string> words, int start, int length)
    {
        var text = string.Join(' ', words.Skip(start).Take(length));
        if (_byKey.TryGetValue(text, out var exact))
        {
            return exact is null ? null : new PartnerMention(exact, start, length);
        }

        if (length != 1 || text.Length < MinTypoWordLength)
        {
            return null;
        }

        // One letter off in a long single word ("Marocco"), and only when a single partner is that close.
        var near = _byKey.Where(k => k.Value is not null && !k.Key.Contains(' ') && Math.Abs(k.Key.Length - text.Length) <= 1
                && EditDistance.Bounded(text, k.Key, 1) <= 1)
            .Select(k => k.Value!).DistinctBy(p => p.Id).Take(2).ToList();
        return near.Count == 1 ? new PartnerMention(near[0], start, length, Typo: true) : null;
    }
}

/// <summary>A partner named by <see cref="Length"/> words from word <see cref="Start"/> of a message, exactly or with a typo.</summary>
public sealed record PartnerMention(Partner Partner, int Start, int Length, bool Typo = false);
