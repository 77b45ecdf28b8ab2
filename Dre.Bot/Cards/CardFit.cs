using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dre.Bot.Cards;

/// <summary>
/// The last guard of the size limit: builders already cap lists and texts, but escaping and non-Latin scripts can still
/// make a card too big; then the longest texts are shortened until the card fits, so that a message is never refused.
/// </summary>
public static class CardFit
{
    private static readonly JsonSerializerOptions Measure = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card's size as sent (UTF-8, non-Latin letters unescaped, as the Bot Framework's serializer writes them).</summary>
    public static int SizeInBytes(JsonNode card) => Encoding.UTF8.GetByteCount(card.ToJsonString(Measure));

    public static JsonObject Fit(JsonObject card, int maxBytes = AdaptiveCard.MaxBytes)
    {
        for (var size = SizeInBytes(card); size > maxBytes; size = SizeInBytes(card))
        {
            var longest = Strings(card).MaxBy(s => s.Value.Length);
            if (longest.Value is not { Length: > 40 } text)
            {
                throw new InvalidOperationException($"A card of {size} bytes has no long text left to shorten.");
            }

            var keep = Math.Max(20, text.Length - Math.Max((size - maxBytes) / 2, text.Length / 4));
            longest.Owner[longest.Key] = text[..keep].TrimEnd('\\') + "…";
        }

        return card;
    }

    /// <summary>Shortenable strings: TextBlock and TextRun texts and input values, never ids, types or submit data.</summary>
    private static IEnumerable<(JsonObject Owner, string Key, string Value)> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"]?.GetValueKind() == JsonValueKind.String ? obj["type"]!.GetValue<string>() : null;
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                        && ((type is "TextBlock" or "TextRun" && key == "text") || (type is "Input.Text" && key == "value") || (key == "value" && type is null && obj.ContainsKey("title"))))
                    {
                        yield return (obj, key, v.GetValue<string>());
                    }
                    else if (key != "data")
                    {
                        foreach (var inner in Strings(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Strings(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
