using System.Text.Json;
using Dre.Core.Storage;
using Dre.Core.Validation;

namespace Dre.Core.Partners;

/// <summary>
/// The directory's rules applied to an officer's input, each broken rule a 400 naming its field: names, aliases and
/// domains belong to one partner only, parents form no cycle, ids are keys. What <see cref="PartnerDirectoryValidator"/>
/// checks of the seed at start, said to a person.
/// </summary>
public static class PartnerInputRules
{
    public const int IdLength = 64;
    public const int NameLength = 200;
    public const int AliasLength = 100;
    public const int MaxAliases = 50;
    public const int MaxDomains = 50;
    public const int RelationBytes = 32 * 1024;

    /// <summary>The partner <paramref name="input"/> makes of <paramref name="current"/> (null: a new partner), in <paramref name="snapshot"/>.</summary>
    /// <exception cref="InputException">A field breaks a rule.</exception>
    public static Partner Apply(Partner? current, PartnerInput input, PartnerSnapshot snapshot)
    {
        var errors = new InputErrors();
        var id = current?.Id ?? ValidId(errors, input.Id, snapshot);
        var others = snapshot.Partners.Where(p => p.Id != id).ToList();
        var nameEn = input.NameEn is null && current is not null ? current.Name.En : errors.Line("nameEn", input.NameEn, NameLength, required: true);
        var nameFr = input.NameFr is null && current is not null ? current.Name.Fr : errors.Line("nameFr", input.NameFr, NameLength, required: true);
        var kind = input.Kind ?? current?.Kind;
        var portfolio = input.Portfolio ?? current?.Portfolio;
        if (kind is null)
        {
            errors.Add("kind", "kind is required.");
        }

        if (portfolio is null)
        {
            errors.Add("portfolio", "portfolio is required.");
        }

        var names = NamesOf(others);
        Unowned(errors, "nameEn", nameEn, names);
        Unowned(errors, "nameFr", nameFr, names);
        var aliases = input.Aliases is null ? current?.Aliases ?? [] : Aliases(errors, input.Aliases, names);
        var domains = input.Domains is null ? current?.Domains ?? [] : Domains(errors, input.Domains, others);
        var parentId = input.ParentId is null ? current?.ParentId : input.ParentId.Length == 0 ? null : Parent(errors, id ?? "", input.ParentId, snapshot);
        var relation = input.Relation ?? current?.Relation ?? new RelationFacts();
        if (JsonSerializer.SerializeToUtf8Bytes(relation, StoreJson.Options).Length > RelationBytes)
        {
            errors.Add("relation", $"relation is at most {RelationBytes / 1024} KB.");
        }

        errors.ThrowIfAny();
        return (current ?? new Partner { Id = id!, Kind = kind!.Value, Portfolio = portfolio!.Value, Name = new LocalizedText(nameEn!, nameFr!) }) with
        {
            Kind = kind!.Value,
            Portfolio = portfolio!.Value,
            Name = new LocalizedText(nameEn!, nameFr!),
            Aliases = aliases,
            Domains = domains,
            ParentId = parentId,
            Relation = relation,
        };
    }

    private static string? ValidId(InputErrors errors, string? id, PartnerSnapshot snapshot)
    {
        var value = errors.Line("id", id, IdLength, required: true);
        if (value is not null && !PartnerDirectoryValidator.IsValidId(value))
        {
            errors.Add("id", "id is lowercase ASCII letters and digits, in words joined by single hyphens.");
        }
        else if (value is not null && snapshot.Exists(value))
        {
            errors.Add("id", "id is already a partner's.");
        }

        return value;
    }

    /// <summary>Every name and alias of the other partners, normalised as the resolver reads them, with their owner.</summary>
    private static Dictionary<string, Partner> NamesOf(IEnumerable<Partner> others)
    {
        var names = new Dictionary<string, Partner>(StringComparer.Ordinal);
        foreach (var partner in others)
        {
            foreach (var name in new[] { partner.Name.En, partner.Name.Fr }.Concat(partner.Aliases))
            {
                names.TryAdd(TextNormalizer.Normalize(name), partner);
            }
        }

        return names;
    }

    private static void Unowned(InputErrors errors, string field, string? name, Dictionary<string, Partner> names)
    {
        if (name is not null && names.TryGetValue(TextNormalizer.Normalize(name), out var owner))
        {
            errors.Add(field, $"{field} is already a name of {owner.Name.En}.");
        }
    }

    private static List<string> Aliases(InputErrors errors, IReadOnlyList<string> aliases, Dictionary<string, Partner> names)
    {
        errors.Count("aliases", aliases, MaxAliases);
        var kept = new List<string>();
        foreach (var (alias, i) in aliases.Select((a, i) => (a, i)))
        {
            var field = $"aliases[{i}]";
            if (errors.Line(field, alias, AliasLength, required: true) is not { } value)
            {
                continue;
            }

            if (TextNormalizer.Normalize(value).Length == 0)
            {
                errors.Add(field, "An alias needs a letter or a digit.");
            }

            Unowned(errors, field, value, names);
            kept.Add(value);
        }

        return kept.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static List<string> Domains(InputErrors errors, IReadOnlyList<string> domains, List<Partner> others)
    {
        errors.Count("domains", domains, MaxDomains);
        var kept = new List<string>();
        foreach (var (domain, i) in domains.Select((d, i) => (d, i)))
        {
            var field = $"domains[{i}]";
            var value = (domain ?? "").Trim().TrimStart('@').ToLowerInvariant();
            if (!PartnerDomainMatcher.IsDomain(value) || value.Length > 253)
            {
                errors.Add(field, "Not a valid e-mail domain.");
            }
            else if (PartnerDomainMatcher.IsOurDomain(value) || FreeMailDomains.Contains(value))
            {
                errors.Add(field, "A Council of Europe or free-mail domain says nothing about the partner.");
            }
            else if (others.FirstOrDefault(p => p.Domains.Contains(value, StringComparer.Ordinal)) is { } owner)
            {
                errors.Add(field, $"{value} already belongs to {owner.Name.En}.");
            }
            else
            {
                kept.Add(value);
            }
        }

        return kept.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Parent(InputErrors errors, string id, string parentId, PartnerSnapshot snapshot)
    {
        if (snapshot.Find(parentId) is null)
        {
            errors.Add("parentId", "parentId is not a known partner id.");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        for (var ancestor = parentId; ancestor is not null; ancestor = snapshot.Find(ancestor)?.ParentId)
        {
            if (!seen.Add(ancestor))
            {
                errors.Add("parentId", "parentId would make the partner its own ancestor.");
                return null;
            }
        }

        return parentId;
    }
}
