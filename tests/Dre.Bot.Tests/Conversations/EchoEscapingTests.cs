namespace Dre.Bot.Tests.Conversations;

/// <summary>What the bot repeats of a message never becomes markdown: Teams renders it in text replies too, so a link typed in a channel would be posted by the bot.</summary>
[Collection(BotCollection.Name)]
public sealed class EchoEscapingTests(BotFixture bot)
{
    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    public async Task AMarkdownLinkInAQuery_IsNotPostedAsALink(string conversationType)
    {
        var turn = await bot.Conversation(BotFixture.Jan, conversationType: conversationType).SayAsync("status [Reset your password](https://evil.example)");

        var reply = Assert.Single(turn.Texts);
        Assert.Contains("reset your pass", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?<!\\)\[[^\]]*(?<!\\)\]\s*(?<!\\)\(", reply);
    }
}
