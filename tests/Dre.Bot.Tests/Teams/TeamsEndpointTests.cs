using System.Net;
using Dre.Bot.Teams;

namespace Dre.Bot.Tests.Teams;

/// <summary>Activities through the real HTTP endpoint, replies read at the fake Bot Connector.</summary>
public sealed class TeamsEndpointTests(EchoBotFixture bot) : IClassFixture<EchoBotFixture>
{
    [Fact]
    public async Task Message_IsAnsweredAtTheConversationsServiceUrl()
    {
        var message = bot.NewMessage("hello");

        var response = await bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await RepliesTo(message, 1));
        Assert.Equal("echo: hello", reply.Text);
        Assert.Equal($"/v3/conversations/{message.Conversation.Id}/activities/{message.Id}", reply.Path);
        Assert.Equal(message.Conversation.Id, reply.Json?["conversation"]?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task SameActivityTwice_RunsOneTurn()
    {
        var message = bot.NewMessage("once");

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(message)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(message)).StatusCode);
        await bot.PostActivityAsync(bot.NewMessage("after", message.Conversation.Id)); // a later turn, to know the first two are over

        var replies = await RepliesTo(message, 2);
        Assert.Equal(["echo: once", "echo: after"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task SameActivityConcurrently_RunsOneTurn()
    {
        var message = bot.NewMessage("together");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bot.PostActivityAsync(message)));
        await bot.PostActivityAsync(bot.NewMessage("after", message.Conversation.Id));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var replies = await RepliesTo(message, 2);
        Assert.Equal(1, replies.Count(r => r.Text == "echo: together"));
    }

    [Fact]
    public async Task FailingTurn_ApologisesInEnglishAndFrenchWithoutDetails()
    {
        var message = bot.NewMessage(EchoBot.FailingText);

        var response = await bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(await RepliesTo(message, 1));
        Assert.Equal(DreBotAdapter.ApologyText, apology.Text);
        Assert.Contains("Sorry", apology.Text, StringComparison.Ordinal);
        Assert.Contains("Désolé", apology.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", apology.Json!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedTurn_IsRunAgainWhenTeamsRetries()
    {
        var message = bot.NewMessage(EchoBot.FailingText);

        await bot.PostActivityAsync(message);
        await RepliesTo(message, 1);
        await bot.PostActivityAsync(message);

        Assert.Equal(2, (await RepliesTo(message, 2)).Count);
    }

    [Fact]
    public async Task MalformedActivity_IsRefusedWithoutATurn()
    {
        using var content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");

        var response = await bot.Client.PostAsync(TeamsBotExtensions.MessagesPath, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<IReadOnlyList<Dre.Testing.RecordedRequest>> RepliesTo(Microsoft.Bot.Schema.Activity message, int count) =>
        bot.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == message.Conversation.Id, count);
}
