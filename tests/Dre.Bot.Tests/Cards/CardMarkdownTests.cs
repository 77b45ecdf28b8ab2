using Dre.Bot.Cards;
using Dre.Core.Localization;
using Dre.Core.Partners;

namespace Dre.Bot.Tests.Cards;

/// <summary>
/// Cards as a Teams user reads them: rendered by the official renderer with a markdown processor, user and directory
/// text shows as written (no backslashes, no links), while our own labels keep their bold.
/// </summary>
public sealed class CardMarkdownTests(AdaptiveCardRenderer renderer) : IClassFixture<AdaptiveCardRenderer>
{
    private const string Link = "[Reset your password](https://evil.example)";
    private static readonly string[] Written = [Link, "**x**", "États-Unis d'Amérique", "ETS No. 18", "Venice Commission (observer)"];
    private static readonly string UserText = string.Join(" ", Written);

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task CardsWithUserText_RenderedWithMarkdown_ShowItAsWrittenAndKeepTheirBoldLabels(string lang)
    {
        var language = lang == "fr" ? Language.French : Language.English;
        var t = Texts.For(language);
        var cards = CardGallery.Showcase(language, UserText).ToList();
        Assert.Equal(5, cards.Count);

        foreach (var (name, card) in cards)
        {
            var rendered = await renderer.RenderAsync(card, $"card-{name}-{lang}");

            Assert.All(Written, w => Assert.Contains(w, rendered.Text, StringComparison.Ordinal));
            Assert.DoesNotContain('\\', rendered.Text);
            Assert.Empty(rendered.Links);
            Assert.DoesNotContain("x", rendered.Bold);
            Assert.NotEmpty(rendered.Bold);
        }

        var status = await renderer.RenderAsync(cards.Single(c => c.Name == "status-officer").Card, $"card-status-officer-{lang}");
        Assert.Contains(t.KindLabel, status.Bold);
        Assert.Contains(t.StateOfPlay, status.Bold);
        Assert.Contains(CardGallery.Partners.Find("morocco")!.DisplayName(language), status.Bold);
    }

    [Fact]
    public async Task EscapedText_InAMarkdownTextBlock_ShowsAsWrittenWithoutLinks()
    {
        var lines = string.Join("\n", [.. Written, "1. not a list", "- nor this", "# nor a heading", "see www.evil.example or mail a@evil.com"]);
        var card = AdaptiveCard.Card([AdaptiveCard.Text("**" + Texts.English.StateOfPlay + "**"), AdaptiveCard.Text(CardText.Escape(lines))]);

        var rendered = await renderer.RenderAsync(card, "card-escaped-textblock");

        var shown = rendered.Text.Replace("\u2060", "", StringComparison.Ordinal);
        Assert.All(lines.Split('\n'), line => Assert.Contains(line, shown, StringComparison.Ordinal));
        Assert.DoesNotContain('\\', shown);
        Assert.Empty(rendered.Links);
        Assert.Equal([Texts.English.StateOfPlay], rendered.Bold);
    }

    [Fact]
    public async Task UnescapedText_InAMarkdownTextBlock_WouldBecomeALink()
    {
        // The renderer really reads markdown: without the escaping, the same text is a live link and bold.
        var rendered = await renderer.RenderAsync(AdaptiveCard.Card([AdaptiveCard.Text(UserText)]), "card-unescaped-textblock");

        Assert.Contains(rendered.Links, l => l.Contains("evil.example", StringComparison.Ordinal));
        Assert.Contains("x", rendered.Bold);
    }
}
