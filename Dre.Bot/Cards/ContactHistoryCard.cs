using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dre.Core.Audit;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>
/// A contact's history as the history service gives it to one reader: newest first, each entry "when · who · what
/// (origin)" and its fields. The values are the ones the service left in the entry, and none where it left only the
/// field names (a restricted change read by someone outside its audience, or a deleted contact's purged values).
/// </summary>
public static class ContactHistoryCard
{
    public const int MaxEntries = 10;
    private const int MaxFields = 12;
    private const int MaxValue = 160;

    public static JsonObject Build(string? subject, IReadOnlyList<AuditEntry> entries, CardContext context)
    {
        var t = context.Texts;
        var body = new List<JsonNode?> { Heading(subject is { Length: > 0 } s ? t.HistoryOf(CardText.Clean(s, 200)) : t.History) };
        if (entries.Count == 0)
        {
            body.Add(Plain(t.HistoryEmpty, isSubtle: true));
        }

        foreach (var entry in entries.Reverse().Take(MaxEntries))
        {
            body.Add(Container(Entry(entry, context), separator: true));
        }

        if (entries.Count > MaxEntries)
        {
            body.Add(Plain(t.HistoryMore(entries.Count - MaxEntries), isSubtle: true));
        }

        return Card(body);
    }

    private static IEnumerable<JsonNode?> Entry(AuditEntry entry, CardContext context)
    {
        var t = context.Texts;
        yield return Plain($"{context.DateTime(entry.At)} · {CardText.Clean(entry.Actor.Name, 100)} · {t.AuditActionName(entry.Action)} ({t.FromOrigin(entry.Origin)})", weight: "Bolder");
        foreach (var change in entry.Changes.Take(MaxFields))
        {
            var values = Values(change, context);
            yield return Plain("• " + t.FieldName(change.Field) + (values.Length > 0 ? ": " + values : ""), isSubtle: true);
        }

        if (entry.Changes.Count > MaxFields)
        {
            yield return Plain(t.MoreFields(entry.Changes.Count - MaxFields), isSubtle: true);
        }
    }

    /// <summary>"before → after" for a value, "− lost + gained" for a list (the service keeps only a list's differences).</summary>
    private static string Values(FieldChange change, CardContext context)
    {
        if (change.Before is JsonArray || change.After is JsonArray)
        {
            var lost = change.Before is JsonArray l ? l.Select(i => "− " + Value(i, context)) : [];
            var gained = change.After is JsonArray g ? g.Select(i => "+ " + Value(i, context)) : [];
            return string.Join("; ", lost.Concat(gained));
        }

        return (change.Before, change.After) switch
        {
            (null, null) => "",
            (null, var after) => Value(after, context),
            (var before, null) => Value(before, context) + " → —",
            var (before, after) => Value(before, context) + " → " + Value(after, context),
        };
    }

    /// <summary>A stored value made readable: an item by its text or name, an instant in Paris time, anything else as it is.</summary>
    private static string Value(JsonNode? node, CardContext context)
    {
        var text = node switch
        {
            null => "—",
            JsonObject o => (o["text"] ?? o["name"]) is JsonValue named ? Value(named, context) : o.ToJsonString(),
            JsonValue v when v.GetValueKind() == JsonValueKind.String => Instant(v.GetValue<string>(), context),
            _ => node.ToJsonString(),
        };
        return CardText.Clean(text, MaxValue);
    }

    private static string Instant(string text, CardContext context) =>
        text.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? context.DateTime(at)
            : text;
}
