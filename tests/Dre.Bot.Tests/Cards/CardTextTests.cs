using Dre.Bot.Cards;

namespace Dre.Bot.Tests.Cards;

/// <summary>
/// The rule: user and directory text goes into plain text runs after <see cref="CardText.Clean"/>, unchanged but for
/// invisible and control characters; where markdown is read, <see cref="CardText.Escape"/> escapes only what Teams'
/// subset interprets (emphasis, links, code, lists and headings at a line's start) and breaks autolinks.
/// </summary>
public sealed class CardTextTests
{
    [Theory]
    [InlineData("États-Unis d'Amérique")]
    [InlineData("Venice Commission (observer)")]
    [InlineData("ETS No. 18")]
    [InlineData("[click](https://evil.example) **bold** # title")]
    public void Clean_PrintableText_IsUnchanged(string text) => Assert.Equal(text, CardText.Clean(text));

    [Theory]
    [InlineData("États-Unis d'Amérique")]
    [InlineData("Venice Commission (observer)")]
    [InlineData("ETS No. 18")]
    [InlineData("2026-2029 priorities: justice, elections! (phase 2) + more; 50% done")]
    public void Escape_PunctuationTeamsDoesNotInterpret_IsLeftAlone(string text) => Assert.Equal(text, CardText.Escape(text));

    [Theory]
    [InlineData("**bold** _it_ `code` ~strike~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~strike\\~")]
    [InlineData("[click](x)", "\\[click\\](x)")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("# title", "\\# title")]
    [InlineData("- item\n+ item\n> quote", "\\- item\n\n\\+ item\n\n\\> quote")]
    [InlineData("12. item", "12\\. item")]
    [InlineData("3) item", "3\\) item")]
    [InlineData("a - b + c > d. 4. e", "a - b + c > d. 4. e")]
    public void Escape_WhatTeamsMarkdownInterprets_IsEscapedAndNothingElse(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Theory]
    [InlineData("https://evil.example", "https:\u2060//evil.\u2060example")]
    [InlineData("www.evil.com", "www.\u2060evil.\u2060com")]
    [InlineData("a@evil.com", "a\u2060@evil.\u2060com")]
    public void Escape_Autolinks_AreBrokenByAnInvisibleJoiner(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Fact]
    public void Escape_HtmlTag_CannotOpen()
    {
        var escaped = CardText.Escape("<script>alert(1)</script><a href=x>");

        Assert.DoesNotContain('<', escaped);
        Assert.Contains("script", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ControlCharacters_AreDropped()
    {
        var cleaned = CardText.Clean("a\u0000b\u0007c\u001bd\u0008e\u202Ef\rg");

        Assert.Equal("abcdefg", cleaned);
    }

    [Fact]
    public void Clean_RightToLeftText_IsKeptWithItsMarks()
    {
        var cleaned = CardText.Clean("مرحبا\u200F بالعالم");

        Assert.Equal("مرحبا\u200F بالعالم", cleaned);
    }

    [Fact]
    public void Clean_LongText_IsCutWithAnEllipsis()
    {
        var cleaned = CardText.Clean(new string('a', 5_000), maxLength: 100);

        Assert.Equal(new string('a', 100) + "…", cleaned);
    }

    [Fact]
    public void Escape_LineBreaks_BecomeParagraphs() =>
        Assert.Equal("one\n\ntwo", CardText.Escape("one\r\ntwo"));
}
