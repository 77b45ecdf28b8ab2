using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations;

/// <summary>Reads what a client posted (card submits, invoke values, entities) without trusting its shape: a value of the wrong type is absent.</summary>
public static class SubmitData
{
    public static string? Text(JObject? data, string key, int maxLength = 200) =>
        data is not null && data.TryGetValue(key, StringComparison.Ordinal, out var token) && token.Type == JTokenType.String
        && token.Value<string>() is { Length: > 0 } value && value.Length <= maxLength
            ? value
            : null;
}
