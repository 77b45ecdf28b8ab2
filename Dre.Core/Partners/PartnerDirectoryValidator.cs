namespace Dre.Core.Partners;

/// <summary>The rules every partner directory keeps, so that resolving names and matching e-mail domains stay unambiguous by construction.</summary>
public static class PartnerDirectoryValidator
{
    /// <exception cref="InvalidOperationException">A partner breaks a rule; the message names it.</exception>
    public static void Validate(IReadOnlyList<Partner> partners)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var domainOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partner in partners)
        {
            if (!IsValidId(partner.Id))
            {
                throw Invalid(partner.Id, "the id must be lowercase ASCII letters and digits, in words joined by single hyphens");
            }

            if (!ids.Add(partner.Id))
            {
                throw Invalid(partner.Id, "the id is used twice");
            }

            if (string.IsNullOrWhiteSpace(partner.Name.En) || string.IsNullOrWhiteSpace(partner.Name.Fr))
            {
                throw Invalid(partner.Id, "the name needs both an English and a French text");
            }

            if (partner.Aliases.Any(alias => TextNormalizer.Normalize(alias).Length == 0))
            {
                throw Invalid(partner.Id, "an alias has no letter or digit");
            }

            foreach (var domain in partner.Domains)
            {
                ValidateDomain(partner.Id, domain, domainOwners);
            }
        }

        var byId = partners.ToDictionary(partner => partner.Id, StringComparer.Ordinal);
        foreach (var partner in partners)
        {
            ValidateAncestry(partner, byId);
        }
    }

    private static void ValidateDomain(string partnerId, string domain, Dictionary<string, string> domainOwners)
    {
        if (domain.Any(char.IsUpper) || !PartnerDomainMatcher.IsDomain(domain))
        {
            throw Invalid(partnerId, $"'{domain}' is not a lower-case domain name");
        }

        if (PartnerDomainMatcher.IsOurDomain(domain) || FreeMailDomains.Contains(domain))
        {
            throw Invalid(partnerId, $"'{domain}' is a Council of Europe or free-mail domain and says nothing about the partner");
        }

        if (!domainOwners.TryAdd(domain, partnerId))
        {
            throw Invalid(partnerId, $"the domain '{domain}' is already the domain of '{domainOwners[domain]}'");
        }
    }

    private static void ValidateAncestry(Partner partner, Dictionary<string, Partner> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { partner.Id };
        for (var parentId = partner.ParentId; parentId is not null; parentId = byId[parentId].ParentId)
        {
            if (!byId.ContainsKey(parentId))
            {
                throw Invalid(partner.Id, $"the parent '{parentId}' is not in the directory");
            }

            if (!seen.Add(parentId))
            {
                throw Invalid(partner.Id, "its parents form a cycle");
            }
        }
    }

    internal static bool IsValidId(string id) =>
        id.Length > 0
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && id[0] != '-' && id[^1] != '-'
        && !id.Contains("--", StringComparison.Ordinal);

    private static InvalidOperationException Invalid(string partnerId, string reason) =>
        new($"Partner directory entry '{partnerId}': {reason}.");
}
