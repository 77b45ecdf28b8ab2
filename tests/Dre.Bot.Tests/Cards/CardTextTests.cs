using Dre.Bot.Cards;

namespace Dre.Bot.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[click](https://evil.example)", "\\[click\\]\\(https://evil\\.example\\)")]
    [InlineData("**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`")]
    [InlineData("# title", "\\# title")]
    [InlineData("a|b~c>d!e+f-g", "a\\|b\\~c\\>d\\!e\\+f\\-g")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void Escape_MarkdownSpecials_AreBackslashed(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Fact]
    public void Escape_HtmlTag_CannotOpen()
    {
        var escaped = CardText.Escape("<script>alert(1)</script><a href=x>");

        Assert.DoesNotContain('<', escaped);
        Assert.Contains("script", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_ControlCharacters_AreDropped()
    {
        var escaped = CardText.Escape("a\u0000b\u0007c\u001bd\u0008e\u202Ef");

        Assert.Equal("abcdef", escaped);
    }

    [Fact]
    public void Escape_RightToLeftText_IsKeptWithItsMarks()
    {
        var escaped = CardText.Escape("مرحبا\u200F بالعالم");

        Assert.Equal("مرحبا\u200F بالعالم", escaped);
    }

    [Fact]
    public void Escape_LongText_IsCutWithAnEllipsis()
    {
        var escaped = CardText.Escape(new string('a', 5_000), maxLength: 100);

        Assert.Equal(new string('a', 100) + "…", escaped);
    }

    [Fact]
    public void Escape_LineBreaks_BecomeParagraphs() =>
        Assert.Equal("one\n\ntwo", CardText.Escape("one\r\ntwo"));
}
