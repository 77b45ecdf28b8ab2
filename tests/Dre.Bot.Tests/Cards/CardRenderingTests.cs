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

    [Fact]
    public async Task Renderer_TeamsTypeahead_IsTheOneExtensionAllowedFromVersionOneTwo()
    {
        static System.Text.Json.Nodes.JsonObject ChoiceSet(string version, System.Text.Json.Nodes.JsonObject data)
        {
            var card = AdaptiveCard.Card([new System.Text.Json.Nodes.JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "p", ["choices"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["title"] = "Morocco", ["value"] = "morocco" }), ["choices.data"] = data }]);
            card["version"] = version;
            return card;
        }

        static System.Text.Json.Nodes.JsonObject Query() => new() { ["type"] = "Data.Query", ["dataset"] = "partners" };

        var problems = await renderer.CheckAsync(
        [
            ChoiceSet("1.5", Query()),
            ChoiceSet("1.2", Query()),
            ChoiceSet("1.1", Query()),
            ChoiceSet("1.5", new System.Text.Json.Nodes.JsonObject { ["type"] = "Data.Query", ["dataset"] = "partners", ["colour"] = "red" }),
            ChoiceSet("1.5", new System.Text.Json.Nodes.JsonObject { ["type"] = "Data.Static", ["dataset"] = "partners" }),
        ]);

        Assert.Empty(problems[0]);
        Assert.Empty(problems[1]);
        Assert.All(problems.Skip(2), p => Assert.NotEmpty(p));
    }

    [Fact]
    public void ContactForm_DeclaresTheVersionTeamsRenders_AndKeepsThePartnerSearch()
    {
        var form = CardGallery.All().First(c => c.Name == "form-empty/realistic/English").Card;

        Assert.Equal("1.5", form["version"]!.GetValue<string>());
        Assert.Contains("\"choices.data\":{\"type\":\"Data.Query\",\"dataset\":\"partners\"}", form.ToJsonString(), StringComparison.Ordinal);
    }
}
