using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations;

public static partial class MessageText
{
    /// <summary>The message without the bot's @mention (channels) and without Teams' leftover &lt;at&gt; tags.</summary>
    /// <remarks>
    /// Like Activity.RemoveRecipientMention, but that helper throws on a mention entity without "mentioned"; an activity
    /// from outside must not be able to break the turn.
    /// </remarks>
    public static string Of(IMessageActivity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity?.Type == "mention" && entity.Properties is { } properties
                && botId is not null && SubmitData.Text(properties["mentioned"] as JObject, "id", 1_000) == botId
                && SubmitData.Text(properties, "text", 1_000) is { } tag)
            {
                text = text.Replace(tag, " ", StringComparison.Ordinal);
            }
        }

        return AtTags().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTags();
}
