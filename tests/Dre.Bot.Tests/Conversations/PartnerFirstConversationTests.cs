using Dre.Testing;

namespace Dre.Bot.Tests.Conversations;

/// <summary>Questions phrased as staff write them, through the bot's HTTP endpoint: the partner is found wherever it is named.</summary>
[Collection(BotCollection.Name)]
public sealed class PartnerFirstConversationTests(BotFixture bot)
{
    [Theory]
    [InlineData("hi! any news from the OSCE? 🙏", "Organization for Security and Co-operation in Europe")]
    [InlineData("where do we stand with UN Women?", "UN Women")]
    [InlineData("quelles sont les dernières nouvelles avec le Conseil de l'UE ?", "Conseil de l'Union européenne")]
    [InlineData("on en est où avec le HCR ? merci", "Haut-Commissariat des Nations unies pour les réfugiés")]
    public async Task Status_QuestionAroundThePartner_AnswersWithItsStatus(string text, string heading)
    {
        var turn = await bot.Conversation(BotFixture.Jan).SayAsync(text);

        Assert.Equal(heading, Turn.Heading(turn.Card));
    }

    [Fact]
    public async Task Contacts_WhoMetThePartner_ListsItsContacts()
    {
        await bot.LogAsync(BotFixture.Eva, "tunisia", "Talks on the Tunisian justice reform", TestClock.Now.AddDays(-2));

        var turn = await bot.Conversation(BotFixture.Jan).SayAsync("who met Tunisia recently?");

        Assert.Equal("Contacts with Tunisia", Turn.Heading(turn.Card));
        Assert.Contains("Tunisian justice reform", turn.Card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_MorePartnersThanOneTurnAnswers_OffersAChoice()
    {
        var turn = await bot.Conversation(BotFixture.Jan, "fr-FR").SayAsync("des nouvelles de l'OSCE, du BIDDH, du HCR et de l'UNESCO ?");

        Assert.Equal(["Vous avez nommé plusieurs partenaires : lequel ?"], turn.Texts);
        Assert.Equal(["osce", "odihr", "unhcr", "unesco"], Turn.Buttons(turn.Card, Dre.Bot.Cards.BotAction.Status).Select(b => b.Value<string>("partnerId")));
    }
}
