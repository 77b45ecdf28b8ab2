using System.Text.Json.Nodes;
using Dre.Bot.Cards;

namespace Dre.Bot.Tests.Cards;

public sealed class CardSizeTests
{
    private const int TeamsLimit = 28 * 1024;

    [Fact]
    public void EveryCard_AsSent_StaysUnderTeamsLimit()
    {
        var sizes = CardGallery.All()
            .Select(c => (c.Name, Bytes: System.Text.Encoding.UTF8.GetByteCount(Newtonsoft.Json.JsonConvert.SerializeObject(AdaptiveCard.ToAttachment(c.Card)))))
            .ToList();

        var tooBig = sizes.Where(s => s.Bytes >= TeamsLimit).Select(s => $"{s.Name}: {s.Bytes} bytes").ToList();
        Assert.True(tooBig.Count == 0, string.Join("\n", tooBig));
        // The hostile data really tests the guard: some cards needed shortening.
        Assert.Contains(CardGallery.All(), c => CardFit.SizeInBytes(c.Card) > AdaptiveCard.MaxBytes);
    }

    [Fact]
    public void Fit_OversizedCard_ShortensLongestTextsOnly()
    {
        var card = AdaptiveCard.Card(
        [
            AdaptiveCard.Text("Title"),
            AdaptiveCard.Text(new string('x', 60_000)),
        ], [AdaptiveCard.Submit("Go", BotAction.Help, new JsonObject { ["keep"] = new string('k', 50) })]);

        var fitted = CardFit.Fit(card);

        Assert.True(CardFit.SizeInBytes(fitted) <= AdaptiveCard.MaxBytes);
        Assert.Equal("Title", fitted["body"]![0]!["text"]!.GetValue<string>());
        Assert.EndsWith("…", fitted["body"]![1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new string('k', 50), fitted["actions"]![0]!["data"]!["keep"]!.GetValue<string>());
    }

    [Fact]
    public void ContactList_HundredsOfContacts_ShowsAPageAndAMoreLine()
    {
        var huge = CardGallery.All().First(c => c.Name == "contacts/huge/English").Card;

        var json = huge.ToJsonString();

        Assert.Contains("and 45 more", json, StringComparison.Ordinal);
    }
}
