using Dre.Bot.Cards;

namespace Dre.Bot.Tests.Cards;

public sealed class CardRenderingTests(AdaptiveCardRenderer renderer) : IClassFixture<AdaptiveCardRenderer>
{
    [Fact]
    public async Task EveryCard_RealisticAndHostileData_ParsesValidatesAndRendersWithTheOfficialRenderer()
    {
        var gallery = CardGallery.All().ToList();
        // What Teams receives: the card after the size guard.
        var sent = gallery.Select(g => CardFit.Fit(g.Card.DeepClone().AsObject())).ToList();

        var problems = await renderer.CheckAsync(sent);

        var failures = gallery.Zip(problems).Where(p => p.Second.Length > 0).Select(p => $"{p.First.Name}: {string.Join("; ", p.Second.Distinct())}").ToList();
        Assert.True(gallery.Count >= 150, $"The gallery holds {gallery.Count} cards.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task Renderer_CardWithUnknownPropertyOrElement_IsReported()
    {
        var unknownProperty = AdaptiveCard.Card([new System.Text.Json.Nodes.JsonObject { ["type"] = "TextBlock", ["text"] = "x", ["colour"] = "red" }]);
        var unknownElement = AdaptiveCard.Card([new System.Text.Json.Nodes.JsonObject { ["type"] = "Marquee", ["text"] = "x" }]);
        var newerProperty = AdaptiveCard.Card([new System.Text.Json.Nodes.JsonObject { ["type"] = "Input.Text", ["id"] = "a", ["labelPosition"] = "inline" }]);

        var problems = await renderer.CheckAsync([unknownProperty, unknownElement, newerProperty]);

        Assert.All(problems, p => Assert.NotEmpty(p));
    }
}
