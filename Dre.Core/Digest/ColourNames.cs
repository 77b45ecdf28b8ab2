using Dre.Core.Localization;
using Dre.Core.Partners;

namespace Dre.Core.Digest;

/// <summary>Chart colours in words, for a legend that must also be read without colour (screen readers, e-mail text).</summary>
public static class ColourNames
{
    /// <summary>Each portfolio with its chart colour in words, the line that explains the chart where colours cannot be named.</summary>
    public static string Legend(Texts t) =>
        string.Join(" · ", Enum.GetValues<Portfolio>().Select(p => t.LegendEntry(t.PortfolioName(p), Of(t, DigestChart.Colours[(int)p]))));

    /// <summary>The everyday word for a colour: its hue band, "dark" or "light" by lightness, grey when barely saturated.</summary>
    public static string Of(Texts t, (byte R, byte G, byte B) colour)
    {
        var (r, g, b) = (colour.R / 255.0, colour.G / 255.0, colour.B / 255.0);
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var lightness = (max + min) / 2;
        var chroma = max - min;
        var saturation = chroma == 0 ? 0 : chroma / (1 - Math.Abs((2 * lightness) - 1));
        var shade = lightness < 0.33 ? ColourShade.Dark : lightness > 0.55 ? ColourShade.Light : ColourShade.Medium;
        if (saturation < 0.2)
        {
            return t.ColourName(ColourHue.Grey, shade);
        }

        var hue = max == r ? 60 * ((g - b) / chroma) : max == g ? 60 * (((b - r) / chroma) + 2) : 60 * (((r - g) / chroma) + 4);
        hue = (hue + 360) % 360;
        return t.ColourName(
            hue switch
            {
                < 15 or >= 330 => ColourHue.Red,
                < 45 => ColourHue.Orange,
                < 70 => ColourHue.Yellow,
                < 170 => ColourHue.Green,
                < 260 => ColourHue.Blue,
                _ => ColourHue.Purple,
            },
            shade);
    }
}

/// <summary>A chart colour in words, for a legend that cannot be coloured.</summary>
public enum ColourHue
{
    Red,
    Orange,
    Yellow,
    Green,
    Blue,
    Purple,
    Grey,
}

/// <summary>How dark a chart colour is, in words ("dark blue", "bleu clair").</summary>
public enum ColourShade
{
    Dark,
    Medium,
    Light,
}
