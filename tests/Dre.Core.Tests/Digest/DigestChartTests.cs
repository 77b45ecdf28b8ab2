using Dre.Core.Digest;
using Dre.Core.Localization;
using Dre.Core.Partners;
using SkiaSharp;

namespace Dre.Core.Tests.Digest;

/// <summary>The digest's chart: a PNG Teams and mail clients show inline, labelled in the reader's language, small enough for a card.</summary>
public sealed class DigestChartTests
{
    /// <summary>Eight weeks from early October 2026, every portfolio busy: the most a chart ever has to draw.</summary>
    private static readonly IReadOnlyList<WeekCount> Busy =
        [.. Enumerable.Range(0, 8).Select(w => new WeekCount($"2026-W{41 + w}", Enum.GetValues<Portfolio>().ToDictionary(p => p, p => 5 + ((w * 7) + (13 * (int)p)) % 40)))];

    private static readonly IReadOnlyList<WeekCount> Quiet =
        [.. Enumerable.Range(0, 8).Select(w => new WeekCount($"2026-W{41 + w}", Enum.GetValues<Portfolio>().ToDictionary(p => p, _ => 0)))];

    public static TheoryData<string, bool> Charts() => new()
    {
        { "busy", false }, { "busy", true }, { "quiet", false }, { "quiet", true }, { "none", false }, { "none", true },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void RenderPng_IsAPngOfTheDeclaredSizeUnderTheCardBudget(string chart, bool french)
    {
        var png = DigestChart.RenderPng(Weeks(chart), french ? Texts.French : Texts.English);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        using var image = SKBitmap.Decode(png);
        Assert.NotNull(image);
        Assert.Equal(DigestChart.Width, image.Width);
        Assert.Equal(DigestChart.Height, image.Height);
        Assert.InRange(png.Length, 200, DigestChart.MaxPngBytes);
    }

    [Fact]
    public void RenderPng_DrawsEachPortfolioInItsColour()
    {
        using var image = SKBitmap.Decode(DigestChart.RenderPng(Busy, Texts.English));
        var drawn = image.Pixels.Select(p => (p.Red, p.Green, p.Blue)).ToHashSet();

        Assert.All(DigestChart.Colours, colour => Assert.Contains(colour, drawn));
    }

    [Fact]
    public void RenderPng_QuietWeeks_DrawNoBar()
    {
        using var image = SKBitmap.Decode(DigestChart.RenderPng(Quiet, Texts.English));
        var drawn = image.Pixels.Select(p => (p.Red, p.Green, p.Blue)).ToHashSet();

        Assert.DoesNotContain(DigestChart.Colours, drawn.Contains);
    }

    [Fact]
    public void RenderPng_EnglishAndFrench_LabelTheChartDifferently()
    {
        Assert.NotEqual(DigestChart.RenderPng(Busy, Texts.English), DigestChart.RenderPng(Busy, Texts.French));
        Assert.NotEqual(Texts.English.ChartWeeksAxis, Texts.French.ChartWeeksAxis);
    }

    [Theory]
    [InlineData("2026-W41", "5 Oct", "5 oct.")]
    [InlineData("2026-W45", "2 Nov", "2 nov.")]
    [InlineData("2027-W01", "4 Jan", "4 janv.")]
    [InlineData("2026-W53", "28 Dec", "28 déc.")]
    public void WeekLabel_IsTheMondayInTheReadersLanguage(string week, string english, string french)
    {
        Assert.Equal(english, DigestChart.WeekLabel(week, Texts.English.Culture));
        Assert.Equal(french, DigestChart.WeekLabel(week, Texts.French.Culture));
    }

    [Fact]
    public void Colours_EachStandOutFromTheWhiteBackground()
    {
        Assert.Equal(Enum.GetValues<Portfolio>().Length, DigestChart.Colours.Count);
        Assert.All(DigestChart.Colours, colour => Assert.True(
            ColourContrast.WithWhite(colour) >= ColourContrast.MinimumForGraphics,
            $"{colour} has a contrast of {ColourContrast.WithWhite(colour):0.00}:1 with white."));
    }

    [Theory]
    [InlineData(0x00, 0x00, 0x00, 21.0)]
    [InlineData(0xFF, 0xFF, 0xFF, 1.0)]
    [InlineData(0x76, 0x76, 0x76, 4.54)]
    public void ContrastWithWhite_FollowsWcag(byte r, byte g, byte b, double expected) =>
        Assert.Equal(expected, ColourContrast.WithWhite((r, g, b)), precision: 2);

    private static IReadOnlyList<WeekCount> Weeks(string chart) => chart switch
    {
        "busy" => Busy,
        "quiet" => Quiet,
        _ => [],
    };
}
