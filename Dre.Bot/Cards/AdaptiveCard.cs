using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Cards;

/// <summary>
/// The few Adaptive Card elements the bot uses, as JSON nodes (the AdaptiveCards .NET package is not available).
/// <see cref="Text"/> is markdown, for our own texts only; user and directory text goes into <see cref="Plain"/> or <see cref="Runs"/>.
/// </summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    /// <summary>The highest version Teams renders; the typeahead partner search uses a Teams extension allowed from 1.2.</summary>
    public const string Version = "1.5";

    /// <summary>Teams refuses messages over 28 KB; cards are kept well under, leaving room for the activity around them.</summary>
    public const int MaxBytes = 24 * 1024;

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. body.Where(n => n is not null)]),
        };
        var actionList = actions?.Where(a => a is not null).ToArray() ?? [];
        if (actionList.Length > 0)
        {
            card["actions"] = new JsonArray(actionList);
        }

        // Full width in Teams, so that facts and lists are readable.
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null, bool isSubtle = false, bool wrap = true, int? maxLines = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        if (maxLines is { } lines)
        {
            block["maxLines"] = lines;
        }

        return block;
    }

    /// <summary>
    /// Text no markdown is applied to (a RichTextBlock of one TextRun, Adaptive Cards 1.2+): where user and directory text goes,
    /// cleaned by <see cref="CardText.Clean"/> and never backslash-escaped.
    /// </summary>
    public static JsonObject Plain(string text, string? size = null, string? weight = null, string? color = null, bool isSubtle = false) =>
        Runs(Run(text, size, weight, color, isSubtle));

    /// <summary>Several runs in one paragraph, so that our own words can be bold next to a user's text without markdown.</summary>
    public static JsonObject Runs(params JsonObject[] runs) =>
        new() { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray([.. runs.Where(r => r["text"]!.GetValue<string>().Length > 0)]) };

    public static JsonObject Run(string text, string? size = null, string? weight = null, string? color = null, bool isSubtle = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = CardText.Clean(text, 8_000) };
        if (size is not null)
        {
            run["size"] = size;
        }

        if (weight is not null)
        {
            run["weight"] = weight;
        }

        if (color is not null)
        {
            run["color"] = color;
        }

        if (isSubtle)
        {
            run["isSubtle"] = true;
        }

        return run;
    }

    public static JsonObject Bold(string text) => Run(text, weight: "Bolder");

    public static JsonObject Heading(string text) => Plain(text, size: "Large", weight: "Bolder");

    public static JsonObject Section(string text) => Plain(text, size: "Medium", weight: "Bolder");

    public static JsonObject Error(string text) => Plain(text, color: "Attention", size: "Small");

    /// <summary>
    /// Title and value rows, laid out as a FactSet would be; not a FactSet, whose values Teams reads as markdown, because
    /// values are partner names, people and user text. Equal column weights keep the titles aligned from row to row.
    /// </summary>
    public static JsonObject? Facts(IEnumerable<(string Title, string Value)> facts)
    {
        var rows = facts.Where(f => f.Value.Length > 0).Select(f => (JsonNode)new JsonObject
        {
            ["type"] = "ColumnSet",
            ["spacing"] = "Small",
            ["columns"] = new JsonArray(
                new JsonObject { ["type"] = "Column", ["width"] = 2, ["items"] = new JsonArray(Plain(f.Title, weight: "Bolder")) },
                new JsonObject { ["type"] = "Column", ["width"] = 5, ["items"] = new JsonArray(Plain(f.Value)) }),
        }).ToArray();
        return rows.Length == 0 ? null : new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(rows) };
    }

    public static JsonObject Container(IEnumerable<JsonNode?> items, bool separator = false, string? style = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items.Where(n => n is not null)]) };
        if (separator)
        {
            container["separator"] = true;
        }

        if (style is not null)
        {
            container["style"] = style;
        }

        return container;
    }

    /// <summary>A row: text on the left, a small button on the right.</summary>
    public static JsonObject RowWithButton(IEnumerable<JsonNode?> left, JsonObject action) => new()
    {
        ["type"] = "ColumnSet",
        ["separator"] = true,
        ["columns"] = new JsonArray(
            new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray([.. left.Where(n => n is not null)]) },
            new JsonObject { ["type"] = "Column", ["width"] = "auto", ["verticalContentAlignment"] = "Center", ["items"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(action) }) }),
    };

    public static JsonObject ActionSet(IEnumerable<JsonNode?> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions.Where(a => a is not null)]),
    };

    /// <summary>A button that posts <paramref name="data"/> back to the bot; the data always names the bot action.</summary>
    public static JsonObject Submit(string title, BotAction action, JsonObject? data = null, bool validate = false)
    {
        var payload = data ?? [];
        payload[BotAction.Key] = action.Name;
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload };
        if (!validate)
        {
            submit["associatedInputs"] = "none";
        }

        return submit;
    }

    /// <summary>A link button, only when the URL is allowed; otherwise nothing, and the caller's list simply has one button less.</summary>
    public static JsonObject? OpenUrl(string title, Uri? url) =>
        url is null ? null : new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };

    public static JsonObject ShowCard(string title, JsonObject card)
    {
        // A nested card inherits the outer card's version and Teams settings.
        card.Remove("$schema");
        card.Remove("version");
        card.Remove("msteams");
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };
    }

    public static Attachment ToAttachment(JsonObject card) => new()
    {
        ContentType = ContentType,
        // Bot Framework serializes with Newtonsoft: hand it a JObject, not a System.Text.Json node.
        Content = JObject.Parse(CardFit.Fit(card).ToJsonString()),
    };
}
