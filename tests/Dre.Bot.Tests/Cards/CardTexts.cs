using System.Text.Json.Nodes;

namespace Dre.Bot.Tests.Cards;

/// <summary>The texts of a card as tests read them: markdown text blocks and plain rich text blocks alike.</summary>
public static class CardTexts
{
    /// <summary>Every paragraph as read: markdown text blocks and plain rich text blocks (their runs joined).</summary>
    public static List<string> TextsOf(JsonObject card) =>
        [.. Elements(card).Select(e => e["type"]?.GetValue<string>() switch
        {
            "TextBlock" => e["text"]!.GetValue<string>(),
            "RichTextBlock" => string.Concat(e["inlines"]!.AsArray().Select(r => r!["text"]!.GetValue<string>())),
            _ => null,
        }).OfType<string>()];

    public static List<string> MarkdownTextsOf(JsonObject card) =>
        [.. Elements(card).Where(e => e["type"]?.GetValue<string>() == "TextBlock").Select(e => e["text"]!.GetValue<string>())];

    public static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.Select(p => p.Value).SelectMany(Elements)],
        JsonArray array => array.SelectMany(Elements),
        _ => [],
    };
}
