using Dre.Testing;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

[Collection(BotCollection.Name)]
public sealed class FollowUpAndHelpConversationTests(BotFixture bot)
{
    [Fact]
    public async Task FollowUps_Mine_CompletedFromTheCard_AndTheCardIsRefreshed()
    {
        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);
        await bot.LogAsync(BotFixture.Anne, "kyrgyzstan", "Kyrgyz delegation", TestClock.Now.AddDays(-2),
            new FollowUpDraft("Share the GRECO report", "anne.dupont@coe.int", null, today.AddDays(5)),
            new FollowUpDraft("Invite the minister", "anne.dupont@coe.int", null, today.AddDays(9)));
        var conversation = bot.Conversation(BotFixture.Anne);

        var mine = await conversation.SayAsync("my follow-ups");

        var done = Turn.Buttons(mine.Card, BotAction.CompleteFollowUp).ToList();
        Assert.Contains("Share the GRECO report", mine.Card.ToString(), StringComparison.Ordinal);
        var share = done.Single(d => Describe(mine.Card, d).Contains("GRECO", StringComparison.Ordinal));
        var completed = await conversation.SubmitAsync(share);

        Assert.Contains("Follow-up marked as done.", completed.Texts);
        var refreshed = Assert.Single(completed.UpdatedCards).ToString();
        Assert.DoesNotContain("Share the GRECO report", refreshed, StringComparison.Ordinal);
        Assert.Contains("Invite the minister", refreshed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUps_InFrench_AndOverdue()
    {
        await bot.LogAsync(BotFixture.Jan, "turkmenistan", "Late items", TestClock.Now.AddDays(-20),
            new FollowUpDraft("Relancer le ministère", "jan.novak@coe.int", null, DateOnly.FromDateTime(TestClock.Now.UtcDateTime).AddDays(-3)));
        var conversation = bot.Conversation(BotFixture.Jan);

        var mine = await conversation.SayAsync("mes suivis");
        var overdue = await conversation.SayAsync("overdue follow-ups");
        var enRetard = await conversation.SayAsync("suivis en retard");

        Assert.Equal("Mes suivis", Turn.Heading(mine.Card));
        Assert.Contains("Relancer le ministère", mine.Card.ToString(), StringComparison.Ordinal);
        Assert.Equal("Overdue follow-ups", Turn.Heading(overdue.Card));
        Assert.Contains("Relancer le ministère", overdue.Card.ToString(), StringComparison.Ordinal);
        Assert.Equal("Suivis en retard", Turn.Heading(enRetard.Card));
    }

    [Fact]
    public async Task FollowUps_UserWithoutEmail_IsToldWhy()
    {
        var turn = await bot.Conversation(BotFixture.NoEmail).SayAsync("my follow-ups");

        Assert.Contains("could not find your e-mail", Assert.Single(turn.Texts), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("aide", "Ce que je sais faire")]
    [InlineData("", "What I can do")]
    public async Task Help_InBothLanguages_SendsHelpCard(string text, string heading) =>
        Assert.Equal(heading, Turn.Heading((await bot.Conversation(BotFixture.Jan).SayAsync(text)).Card));

    [Fact]
    public async Task Welcome_OnInstall_SentOnceThoughTeamsAnnouncesItTwice()
    {
        var conversation = bot.Conversation(BotFixture.Jan, locale: "fr-FR");
        var added = conversation.Activity(Microsoft.Bot.Schema.ActivityTypes.ConversationUpdate);
        added.MembersAdded = [added.Recipient];
        var installed = conversation.Activity(Microsoft.Bot.Schema.ActivityTypes.InstallationUpdate);
        installed.Action = "add";

        var first = await conversation.SendAsync(added);
        var second = await conversation.SendAsync(installed);

        Assert.Equal("Bienvenue dans DRE Collab", Turn.Heading(first.Card));
        Assert.Empty(second.Messages);
    }

    [Fact]
    public async Task Welcome_AnotherMemberAdded_IsNotWelcomedByTheBot()
    {
        var conversation = bot.Conversation(BotFixture.Jan);
        var added = conversation.Activity(Microsoft.Bot.Schema.ActivityTypes.ConversationUpdate);
        added.MembersAdded = [new Microsoft.Bot.Schema.ChannelAccount("29:someone-else", "Someone")];

        var turn = await conversation.SendAsync(added);

        Assert.Empty(turn.Messages);
    }

    private static string Describe(JObject card, JObject button) =>
        card.Descendants().OfType<JObject>().First(o => o.Value<string>("type") == "ColumnSet" && o.Descendants().OfType<JObject>().Any(d => JToken.DeepEquals(d, button))).ToString();
}
