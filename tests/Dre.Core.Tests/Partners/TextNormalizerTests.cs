using Dre.Core.Partners;

namespace Dre.Core.Tests.Partners;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Saint-Siège", "saint siege")]
    [InlineData("  l'OSCE ", "osce")]
    [InlineData("avec l’UE", "ue")]
    [InlineData("du Maroc", "maroc")]
    [InlineData("the Holy See", "holy see")]
    [InlineData("U.S.", "us")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Weißrussland", "weissrussland")]
    [InlineData("Council of the Baltic Sea States", "council of the baltic sea states")]
    public void Normalize_CaseAccentsPunctuationAndLeadingArticles_AreIgnored(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("AU", "au")]
    [InlineData("UN", "un")]
    [InlineData("avec l'AU", "au")]
    public void Normalize_AcronymThatLooksLikeAnArticle_IsKept(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}
