using System.Net;

namespace Dre.Bot.Tests.Teams;

/// <summary>With an app id, only tokens the Bot Framework would issue for this bot get a turn; replies carry the bot's own token.</summary>
public sealed class BotAuthenticationTests(AuthenticatedBotFixture bot) : IClassFixture<AuthenticatedBotFixture>
{
    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndTheReplyCarriesATokenFromTheLoginEndpoint()
    {
        var message = bot.NewMessage("hello");

        var response = await bot.PostActivityAsync(message, bot.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == message.Conversation.Id, 1));
        Assert.Equal("Bearer " + bot.Connector.IssuedAccessToken, reply.Authorization);
        var tokenRequest = bot.Connector.TokenRequests[0];
        Assert.Equal($"/{AuthenticatedBotFixture.TenantId}/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Equal("client_credentials", tokenRequest.Form?["grant_type"]);
        Assert.Equal(AuthenticatedBotFixture.AppId, tokenRequest.Form?["client_id"]);
    }

    [Fact]
    public async Task ChannelToken_IsCheckedByTheAdapterOnly_NeverByTheApisBearerScheme()
    {
        var message = bot.NewMessage("only once");
        var before = bot.ApiTokenChecks;

        var response = await bot.PostActivityAsync(message, bot.ChannelToken());
        var refused = await bot.PostActivityAsync(bot.NewMessage("forged"), bot.ChannelToken(audience: "another-bot"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Single(await bot.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == message.Conversation.Id, 1));
        Assert.Equal(before, bot.ApiTokenChecks);
    }

    [Fact]
    public async Task NoToken_IsRefused() =>
        await AssertRefused(null);

    [Fact]
    public async Task TokenFromAnotherIssuer_IsRefused() =>
        await AssertRefused(bot.ChannelToken(issuer: "https://api.botframework.com"));

    [Fact]
    public async Task TokenForAnotherAudience_IsRefused() =>
        await AssertRefused(bot.ChannelToken(audience: "another-bot"));

    [Fact]
    public async Task ExpiredToken_IsRefused() =>
        // The Bot Framework SDK judges a token's lifetime by the machine's clock: this one ended long before any day this runs.
        await AssertRefused(bot.ChannelToken(notBefore: new DateTime(2020, 1, 1, 8, 0, 0, DateTimeKind.Utc), lifetime: TimeSpan.FromHours(1)));

    [Fact]
    public async Task TokenSignedWithAnUnknownKey_IsRefused() =>
        await AssertRefused(bot.ChannelToken(key: bot.Issuer.UnknownKey));

    [Fact]
    public async Task TokenForAnotherServiceUrl_IsRefused()
    {
        var message = bot.NewMessage("elsewhere");
        message.ServiceUrl = "http://127.0.0.1:9/";

        var response = await bot.PostActivityAsync(message, bot.ChannelToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task AssertRefused(string? token)
    {
        var message = bot.NewMessage("let me in");

        var response = await bot.PostActivityAsync(message, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(bot.Connector.Requests, r => r.ConversationId == message.Conversation.Id);
    }
}
