using System.Globalization;
using System.Text.Json;
using Dre.OutlookAddin.ItemSource;

namespace Dre.OutlookAddin.Development;

/// <summary>
/// The development page's simulated Outlook items, read from the same file the page's Office stand-in bundles, so that
/// the two never disagree. An item id may carry "~copy" to stand for a fresh copy of a sample (a new meeting or message).
/// </summary>
public sealed class SampleItems
{
    private const char CopySeparator = '~';
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<SampleItem> _items;

    private SampleItems(List<SampleItem> items) => _items = items;

    public static SampleItems Load()
    {
        using var stream = typeof(SampleItems).Assembly.GetManifestResourceStream("Dre.OutlookAddin.SampleItems.json")
            ?? throw new InvalidOperationException("The sample items are not embedded in the assembly.");
        var file = JsonSerializer.Deserialize<SampleFile>(stream, Json)
            ?? throw new InvalidOperationException("The sample items file is empty.");
        return new SampleItems(file.Items);
    }

    public OutlookItemDetails? Find(OutlookItemRef item, DateTimeOffset now)
    {
        var parts = item.ItemId.Split(CopySeparator, 2);
        var copy = parts.Length == 2 ? parts[1] : null;
        var sample = _items.FirstOrDefault(s => string.Equals(s.ItemId, parts[0], StringComparison.Ordinal));
        if (sample is null || !string.Equals(sample.ItemType, item.Type == OutlookItemType.Appointment ? "appointment" : "message", StringComparison.Ordinal))
        {
            return null;
        }

        var time = TimeOnly.ParseExact(sample.StartUtc, "HH:mm", CultureInfo.InvariantCulture);
        var start = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).AddDays(sample.DayOffset), time, TimeSpan.Zero);
        var people = new[] { sample.Organizer, sample.From }.OfType<SamplePerson>()
            .Concat(sample.Required ?? []).Concat(sample.Optional ?? []).Concat(sample.To ?? []).Concat(sample.Cc ?? [])
            .Select(p => new OutlookPerson(p.Name, p.Email))
            .ToList();
        return new OutlookItemDetails(
            WithCopy(sample.ICalUid, copy),
            null,
            sample.InternetMessageId is { } id && copy is not null ? id.Replace("@", "-" + copy + "@", StringComparison.Ordinal) : sample.InternetMessageId,
            sample.Subject,
            start,
            sample.Minutes > 0 ? start.AddMinutes(sample.Minutes) : null,
            people);
    }

    /// <summary>
    /// Whether the item is a sample or a copy of one: Development has no mailbox, and stands in for everyone's as holding
    /// every sample, so that logging a sample someone else logged as restricted can be tried end to end.
    /// </summary>
    public bool Holds(OutlookItemKey key) => _items.Any(s =>
        (s.ICalUid is { } uid && key.ICalUid is { } asked && (asked == uid || asked.StartsWith(uid + "-", StringComparison.Ordinal)))
        || (s.InternetMessageId is { } id && key.InternetMessageId is { } askedId && (askedId == id || IsCopyOf(askedId, id))));

    /// <summary>A copy's message id is the sample's with "-copy" before the '@' (see <see cref="Find"/>).</summary>
    private static bool IsCopyOf(string asked, string sample)
    {
        var at = sample.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && asked.StartsWith(sample[..at] + "-", StringComparison.Ordinal) && asked.EndsWith(sample[at..], StringComparison.Ordinal);
    }

    private static string? WithCopy(string? value, string? copy) => value is null || copy is null ? value : value + "-" + copy;

    private sealed record SampleFile(List<SampleItem> Items);

    private sealed record SampleItem(
        string ItemId,
        string ItemType,
        string? ICalUid,
        string? InternetMessageId,
        string Subject,
        int DayOffset,
        string StartUtc,
        int Minutes,
        SamplePerson? Organizer,
        SamplePerson? From,
        List<SamplePerson>? Required,
        List<SamplePerson>? Optional,
        List<SamplePerson>? To,
        List<SamplePerson>? Cc);

    private sealed record SamplePerson(string Name, string Email);
}
