using System.Collections.Frozen;

namespace Dre.Core.Partners;

/// <summary>
/// Tells which partner an e-mail address belongs to by its domain, subdomains included, the most specific domain
/// winning (delegation.eeas.europa.eu is the EU's, fra.europa.eu the FRA's). It never guesses: Council of Europe,
/// free-mail, unknown and malformed addresses each get their own kind.
/// </summary>
public sealed class PartnerDomainMatcher
{
    private const string OurDomain = "coe.int";
    private const int MaxLabelLength = 63;
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~.-";

    private readonly FrozenDictionary<string, Partner> _partnersByDomain;

    public PartnerDomainMatcher(IReadOnlyList<Partner> partners)
    {
        _partnersByDomain = partners
            .SelectMany(partner => partner.Domains.Select(domain => KeyValuePair.Create(domain.Trim().ToLowerInvariant(), partner)))
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    public EmailMatch Match(string address)
    {
        ArgumentNullException.ThrowIfNull(address);

        var normalized = address.Trim().ToLowerInvariant();
        var at = normalized.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != normalized.LastIndexOf('@') || !IsLocalPart(normalized[..at]) || !IsDomain(normalized[(at + 1)..]))
        {
            return new EmailMatch(normalized, EmailMatchKind.Invalid, null);
        }

        var domain = normalized[(at + 1)..];
        if (IsWithin(domain, OurDomain))
        {
            return new EmailMatch(normalized, EmailMatchKind.OurSide, null);
        }

        if (FreeMailDomains.Contains(domain))
        {
            return new EmailMatch(normalized, EmailMatchKind.FreeMail, null);
        }

        // From the full domain up to its parents: the first hit is the most specific.
        for (var suffix = domain; suffix.Length > 0; suffix = Parent(suffix))
        {
            if (_partnersByDomain.TryGetValue(suffix, out var partner))
            {
                return new EmailMatch(normalized, EmailMatchKind.Partner, partner);
            }
        }

        return new EmailMatch(normalized, EmailMatchKind.Unknown, null);
    }

    /// <summary>Whether <paramref name="domain"/> is <paramref name="parent"/> or one of its subdomains.</summary>
    private static bool IsWithin(string domain, string parent) =>
        domain == parent || domain.EndsWith("." + parent, StringComparison.Ordinal);

    internal static bool IsOurDomain(string domain) => IsWithin(domain, OurDomain);

    /// <summary>Whether <paramref name="domain"/> is a host name of at least two labels of letters, digits and inner hyphens.</summary>
    internal static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(label => label.Length is > 0 and <= MaxLabelLength
                && label[0] != '-' && label[^1] != '-'
                && label.All(c => char.IsLetterOrDigit(c) || c == '-'))
            && !labels[^1].All(char.IsAsciiDigit);
    }

    private static bool IsLocalPart(string localPart) =>
        localPart[0] != '.' && localPart[^1] != '.'
        && !localPart.Contains("..", StringComparison.Ordinal)
        && localPart.All(c => char.IsLetterOrDigit(c) || LocalPartSymbols.Contains(c, StringComparison.Ordinal));

    private static string Parent(string domain)
    {
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? string.Empty : domain[(dot + 1)..];
    }
}
