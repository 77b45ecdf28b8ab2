using Dre.Testing;
using Dre.Bot.Cards;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

[Collection(BotCollection.Name)]
public sealed class StatusConversationTests(BotFixture bot)
{
    [Fact]
    public async Task Status_PartnerByName_SendsStatusCardWithLatestContactsAndButtons()
    {
        await bot.LogAsync(BotFixture.Eva, "morocco", "Review of the neighbourhood partnership", TestClock.Now.AddDays(-3));

        var turn = await bot.Conversation(BotFixture.Eva).SayAsync("status Morocco");

        var card = turn.Card;
        Assert.Equal("Morocco", Turn.Heading(card));
        Assert.Contains("Latest contacts", card.ToString(), StringComparison.Ordinal);
        Assert.Contains("Review of the neighbourhood partnership", card.ToString(), StringComparison.Ordinal);
        Assert.Contains("DG I", card.ToString(), StringComparison.Ordinal);
        Assert.Equal("morocco", Assert.Single(Turn.Buttons(card, BotAction.OpenContactForm)).Value<string>("partnerId"));
        Assert.Single(Turn.Buttons(card, BotAction.Contacts));
    }

    [Theory]
    [InlineData("où en est-on avec le Maroc ?", "Maroc", "Derniers contacts")]
    [InlineData("statut UNHCR", "Haut-Commissariat des Nations unies pour les réfugiés", "Derniers contacts")]
    [InlineData("what's the status with the OSCE?", "Organization for Security and Co-operation in Europe", "Latest contacts")]
    [InlineData("tell me about Tunisia", "Tunisia", "Latest contacts")]
    public async Task Status_PhrasingsInBothLanguages_AnswerInTheirLanguage(string text, string heading, string section)
    {
        var turn = await bot.Conversation(BotFixture.Jan).SayAsync(text);

        Assert.Equal(heading, Turn.Heading(turn.Card));
        Assert.Contains(section, turn.Card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_FrenchLocale_AnswersInFrenchWhateverTheWords()
    {
        var turn = await bot.Conversation(BotFixture.Jan, locale: "fr-FR").SayAsync("status Morocco");

        Assert.Equal("Maroc", Turn.Heading(turn.Card));
    }

    [Theory]
    [InlineData("Marocco")]
    [InlineData("statut du Marok")]
    [InlineData("status Marokko")]
    public async Task Status_MisspelledPartner_ShowsMoroccoOrOffersIt_NeverAnotherPartner(string text)
    {
        var turn = await bot.Conversation(BotFixture.Jan).SayAsync(text);

        var card = turn.Card;
        var offered = Turn.Buttons(card, BotAction.Status).Select(b => b.Value<string>("partnerId")).ToList();
        Assert.True(Turn.Heading(card) is "Morocco" or "Maroc" || offered.Contains("morocco"), card.ToString());
    }

    [Fact]
    public async Task Status_AmbiguousName_OffersDidYouMeanButtons_ThenShowsTheChosenPartner()
    {
        var conversation = bot.Conversation(BotFixture.Jan);

        var ask = await conversation.SayAsync("status AU");

        var buttons = Turn.Buttons(ask.Card, BotAction.Status).ToList();
        Assert.Contains("Did you mean", ask.Card.ToString(), StringComparison.Ordinal);
        Assert.Contains(buttons, b => b.Value<string>("partnerId") == "african-union");
        Assert.Contains(buttons, b => b.Value<string>("partnerId") == "australia");

        var chosen = await conversation.SubmitAsync(buttons.First(b => b.Value<string>("partnerId") == "australia"));
        Assert.Equal("Australia", Turn.Heading(chosen.Card));
    }

    [Fact]
    public async Task Status_UnknownPartner_SaysSoWithAnExample()
    {
        var turn = await bot.Conversation(BotFixture.Jan).SayAsync("status Atlantis");

        Assert.Contains("atlantis", Assert.Single(turn.Texts), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(turn.Cards);
    }

    [Fact]
    public async Task Status_ChannelMessageWithMention_IgnoresTheMention()
    {
        var conversation = bot.Conversation(BotFixture.Jan, conversationType: "channel");
        var message = conversation.Message("<at>DRE Collab</at> status Jordan");
        message.Entities = [new Microsoft.Bot.Schema.Entity("mention")
        {
            Properties = JObject.FromObject(new { mentioned = new { id = message.Recipient.Id, name = "DRE Collab" }, text = "<at>DRE Collab</at>" }),
        }];

        var turn = await conversation.SendAsync(message);

        Assert.Equal("Jordan", Turn.Heading(turn.Card));
    }

    [Fact]
    public async Task StateOfPlay_Officer_SeesButtonAndUpdatesIt()
    {
        var conversation = bot.Conversation(BotFixture.Anne);
        var status = await conversation.SayAsync("status Lebanon");
        var showCard = status.Card.Descendants().OfType<JObject>().Single(o => o.Value<string>("type") == "Action.ShowCard");
        var save = (JObject)Turn.Buttons((JObject)showCard["card"]!, BotAction.UpdateStateOfPlay).Single().DeepClone();
        save[StatusCard.StateOfPlayInput] = "Dialogue resumed after the November visit.";

        var saved = await conversation.SubmitAsync(save);

        Assert.Contains("State of play updated.", saved.Texts);
        var refreshed = Assert.Single(saved.UpdatedCards);
        Assert.Contains("Dialogue resumed after the November visit", refreshed.ToString(), StringComparison.Ordinal);
        var partner = (await bot.Directory.GetSnapshotAsync()).Find("lebanon")!;
        Assert.Equal("Dialogue resumed after the November visit.", partner.StateOfPlay!.Text);
        Assert.Equal("Anne Dupont", partner.StateOfPlay.Author);
    }

    [Fact]
    public async Task StateOfPlay_Staff_SeeNoButton_AndAForgedSubmitIsRefused()
    {
        var conversation = bot.Conversation(BotFixture.Jan);
        var status = await conversation.SayAsync("status Egypt");
        Assert.DoesNotContain("Action.ShowCard", status.Card.ToString(), StringComparison.Ordinal);
        var version = (await bot.Directory.GetSnapshotAsync()).Find("egypt")!.Version;

        var forged = await conversation.SubmitAsync(new JObject
        {
            [BotAction.Key] = BotAction.UpdateStateOfPlay.Name, ["partnerId"] = "egypt", ["version"] = version, [StatusCard.StateOfPlayInput] = "Hijacked",
        });

        Assert.Contains("Only DRE officers update a state of play.", forged.Texts);
        Assert.NotEqual("Hijacked", (await bot.Directory.GetSnapshotAsync()).Find("egypt")!.StateOfPlay?.Text);
    }

    [Fact]
    public async Task StateOfPlay_StaleVersion_IsRefusedAndTheCurrentOneShown()
    {
        var conversation = bot.Conversation(BotFixture.Anne);
        var stale = (await bot.Directory.GetSnapshotAsync()).Find("algeria")!.Version!;
        await bot.Directory.UpdateStateOfPlayAsync("algeria", "Newer text by someone else", stale, BotFixture.ContextOf(BotFixture.Anne, Dre.Core.Identity.Role.DreOfficer));

        var turn = await conversation.SubmitAsync(new JObject
        {
            [BotAction.Key] = BotAction.UpdateStateOfPlay.Name, ["partnerId"] = "algeria", ["version"] = stale, [StatusCard.StateOfPlayInput] = "Overwrite",
        });

        Assert.Contains(turn.Texts, t => t.Contains("Someone updated", StringComparison.Ordinal));
        Assert.Equal("Newer text by someone else", (await bot.Directory.GetSnapshotAsync()).Find("algeria")!.StateOfPlay!.Text);
    }
}
