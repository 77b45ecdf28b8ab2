using Dre.Testing;

namespace Dre.Bot.Tests.Conversations;

/// <summary>"brief me on …" answers the briefing card: the asker's own next contact first, then the partner as they may see it.</summary>
[Collection(BotCollection.Name)]
public sealed class BriefingConversationTests(BotFixture bot)
{
    [Fact]
    public async Task BriefMeOn_ByTheLoggerOfAPlannedContact_StartsWithTheirContact_AndIsNotRepeatedAmongOthersPlans()
    {
        var subject = "Planned consultations " + Guid.NewGuid().ToString("N")[..8];
        await bot.LogAsync(BotFixture.Eva, "kazakhstan", subject, TestClock.Now.AddDays(4));

        var turn = await bot.Conversation(BotFixture.Eva).SayAsync("Hi, can you brief me on Kazakhstan?");

        var card = turn.Card;
        Assert.Equal("🗂 Briefing: your contact with Kazakhstan", Turn.Heading(card));
        var text = card.ToString();
        Assert.Contains("Your contact", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(subject)));
    }

    [Fact]
    public async Task PrepareMoiUnPoint_BySomeoneWithoutAContact_IsTheFrenchBriefingOnThePartner_WithOthersPlans()
    {
        var subject = "Mission prévue " + Guid.NewGuid().ToString("N")[..8];
        await bot.LogAsync(BotFixture.Eva, "uzbekistan", subject, TestClock.Now.AddDays(5));

        var turn = await bot.Conversation(BotFixture.Jan, "fr-FR").SayAsync("prépare-moi un point sur l'Ouzbékistan");

        var card = turn.Card;
        Assert.Equal("🗂 Note de préparation : Ouzbékistan", Turn.Heading(card));
        Assert.DoesNotContain("Votre contact", card.ToString(), StringComparison.Ordinal);
        Assert.Contains(subject, card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefMeOn_InAChannel_ShowsTheMembersBriefing_AndSendsTheAskersOwnToTheirPersonalChat()
    {
        await bot.LogAsync(BotFixture.Eva, "turkmenistan", "Planned visit " + Guid.NewGuid().ToString("N")[..8], TestClock.Now.AddDays(3));
        var personalId = (await bot.Conversation(BotFixture.Eva).SayAsync("help")).Messages.First().Conversation.Id;

        var turn = await bot.Conversation(BotFixture.Eva, conversationType: "channel").SayAsync("brief me on Turkmenistan");

        var threadCards = turn.Messages.Where(m => m.Conversation.Id != personalId).SelectMany(Turn.CardsOf).ToList();
        var privateCards = turn.Messages.Where(m => m.Conversation.Id == personalId).SelectMany(Turn.CardsOf).ToList();
        Assert.Equal("🗂 Briefing: Turkmenistan", Turn.Heading(Assert.Single(threadCards)));
        Assert.Equal("🗂 Briefing: your contact with Turkmenistan", Turn.Heading(Assert.Single(privateCards)));
        Assert.Contains("Part of this answer is for you alone: I sent it to our personal chat.", turn.Texts);
    }
}
