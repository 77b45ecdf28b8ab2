using System.Globalization;
using Dre.Core.Contacts;
using Dre.Core.Storage;

namespace Dre.Core.Imports;

/// <summary>
/// The identity of an imported contact: its start to the minute, its partners and its subject (case and spacing
/// aside). Imported contacts get the id this key gives, so that importing a row again, from a re-run or from a worker
/// that resumes a job, lands on the contact the first import made and merges into it instead of adding a duplicate.
/// </summary>
public static class ImportKey
{
    public static string For(DateTimeOffset start, IEnumerable<string> partnerIds, string subject)
    {
        var words = string.Join(' ', subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        var text = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)
            + "|" + string.Join(',', partnerIds.Order(StringComparer.Ordinal))
            + "|" + words;
        return TableKeys.Hash(text);
    }

    public static string ContactIdFor(string importKey) => ContactFactory.IdFor(SourceKey.ForImport(importKey));
}
