using System.Globalization;

namespace Dre.Core.Contacts;

/// <summary>The identity of a contact's origin, the same for everyone who logs it: two logs with one key are one contact.</summary>
public static class SourceKey
{
    public static string? For(ContactSource source, string? iCalUid, DateTimeOffset? occurrenceStart, string? internetMessageId, string? importKey = null) => source switch
    {
        ContactSource.Import when !string.IsNullOrWhiteSpace(importKey) => ForImport(importKey),
        ContactSource.OutlookMeeting when !string.IsNullOrWhiteSpace(iCalUid) =>
            "meeting:" + iCalUid.Trim().ToUpperInvariant()
            + (occurrenceStart is { } occurrence ? "|" + occurrence.UtcDateTime.ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture) : ""),
        ContactSource.OutlookEmail when !string.IsNullOrWhiteSpace(internetMessageId) =>
            "email:" + internetMessageId.Trim().Trim('<', '>'),
        _ => null,
    };

    /// <summary>The key of an imported row (<see cref="Imports.ImportKey"/>): a re-run of the file finds the contacts it made.</summary>
    public static string ForImport(string importKey) => "import:" + importKey;
}
