using System.Net;
using Dre.Testing;

namespace Dre.Bot.Tests.Teams;

/// <summary>The service's own bot, through the real /api/messages endpoint, answering at the fake Bot Connector.</summary>
public sealed class RealBotEndpointTests(BotEndpointFixture bot) : IClassFixture<BotEndpointFixture>
{
    [Theory]
    [InlineData("status Morocco", "en-US", "Morocco")]
    [InlineData("où en est-on avec l'OSCE ?", "fr-FR", "OSCE")]
    public async Task StatusQuestion_IsAnsweredWithTheStatusCardOfThePartner(string text, string locale, string expectedName)
    {
        bot.Connector.Members.Add(new FakeMember(bot.User.Id, bot.User.Name, "eva.schmidt@coe.int", bot.User.AadObjectId));
        var message = bot.NewMessage(text);
        message.Locale = locale;

        var response = await bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await bot.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == message.Conversation.Id, 1))[0];
        var card = reply.Json?["attachments"]?[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card?["contentType"]?.GetValue<string>());
        Assert.Contains(expectedName, card!["content"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
