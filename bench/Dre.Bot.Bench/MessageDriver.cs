using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Bot.Bench;

/// <summary>
/// One person's personal chat with a bot: sends Teams-like messages in one conversation, as someone talking to the bot
/// does, and times each until the reply to it reaches the fake Bot Connector.
/// </summary>
internal sealed class MessageDriver(HttpClient http, FakeBotConnector connector, Uri messagesUrl, string text)
{
    private readonly string _conversationId = "a:" + Guid.NewGuid().ToString("N");

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The person who sends every message, as the Teams member API describes them.</summary>
    public static readonly FakeMember Sender = new("29:bench-user", "Eva Schmidt", "eva.schmidt@coe.int", "0e1a2b3c-0000-4000-8000-00000000e5a1", "eva.schmidt@coe.int");

    /// <summary>One message end to end; null when the bot answered with an error or no reply came.</summary>
    public async Task<(TimeSpan? Elapsed, HttpStatusCode Status)> SendAsync()
    {
        var activityId = Guid.NewGuid().ToString("N");
        var started = Stopwatch.GetTimestamp();
        using var content = new StringContent(Activity(activityId).ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(messagesUrl, content);
        if (!response.IsSuccessStatusCode)
        {
            return (null, response.StatusCode);
        }

        try
        {
            await connector.WaitForReplyAsync(activityId, ReplyTimeout);
            return (Stopwatch.GetElapsedTime(started), response.StatusCode);
        }
        catch (TimeoutException)
        {
            return (null, HttpStatusCode.GatewayTimeout);
        }
    }

    /// <summary>A new driver for the same bot: another person's conversation.</summary>
    public MessageDriver Another() => new(http, connector, messagesUrl, text);

    private JsonObject Activity(string activityId) => new()
    {
        ["type"] = "message",
        ["id"] = activityId,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = Sender.Id, ["name"] = Sender.Name, ["aadObjectId"] = Sender.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:dre-collab-bot", ["name"] = "DRE Collab" },
        ["conversation"] = new JsonObject { ["id"] = _conversationId, ["conversationType"] = "personal", ["tenantId"] = TeamsTenant.Id },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsTenant.Id } },
        ["text"] = text,
        ["locale"] = "en-GB",
    };
}
