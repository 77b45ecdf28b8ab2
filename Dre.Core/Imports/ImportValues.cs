using System.Globalization;
using Dre.Core.Contacts;
using Dre.Core.Localization;

namespace Dre.Core.Imports;

/// <summary>The single values of a row, in the forms a person types or a spreadsheet saves, English or French.</summary>
public static class ImportValues
{
    private static readonly string[] WithOffset = ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mmK", "O"];
    private static readonly string[] ParisLocal = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm"];
    private static readonly string[] DayOnly = ["yyyy-MM-dd", "dd/MM/yyyy"];

    private static readonly Dictionary<string, ContactKind> Kinds = new Dictionary<string, ContactKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["réunion"] = ContactKind.Meeting,
        ["reunion"] = ContactKind.Meeting,
        ["appel"] = ContactKind.Call,
        ["visite"] = ContactKind.Visit,
        ["visioconférence"] = ContactKind.Videoconference,
        ["visioconference"] = ContactKind.Videoconference,
        ["conférence"] = ContactKind.Conference,
        ["courriel"] = ContactKind.Email,
        ["e-mail"] = ContactKind.Email,
    };

    private static readonly Dictionary<string, Confidentiality> Levels = new Dictionary<string, Confidentiality>(StringComparer.OrdinalIgnoreCase)
    {
        ["interne"] = Confidentiality.Internal,
        ["restreint"] = Confidentiality.Restricted,
        ["restreinte"] = Confidentiality.Restricted,
    };

    /// <summary>An instant with an offset, or a Paris date and time (a date alone is 09:00 in Paris, the start of the working day).</summary>
    public static DateTimeOffset? Date(string text)
    {
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant.ToUniversalTime();
        }

        if (DateTime.TryParseExact(text, ParisLocal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return ParisTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)).ToUniversalTime();
        }

        return DateOnly.TryParseExact(text, DayOnly, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? ParisTime.At(day, new TimeOnly(9, 0)).ToUniversalTime()
            : null;
    }

    public static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, DayOnly, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static ContactKind? Kind(string text) =>
        Enum.TryParse<ContactKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind
        : Kinds.TryGetValue(text, out var french) ? french : null;

    public static Confidentiality? Level(string text) =>
        Enum.TryParse<Confidentiality>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(text, out _) ? level
        : Levels.TryGetValue(text, out var french) ? french : null;

    /// <summary>How export writes a date: UTC, to the second, which <see cref="Date"/> reads back to the same instant.</summary>
    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Format(Enum value) => JsonNamingCamel(value.ToString());

    private static string JsonNamingCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
