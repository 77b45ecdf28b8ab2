namespace Dre.Core.Digest;

/// <summary>
/// WCAG 2 contrast of a chart colour with the chart's white background: bars are graphics that carry meaning, so each
/// must stand out from the background by at least 3:1 for readers with low vision.
/// </summary>
public static class ColourContrast
{
    public const double MinimumForGraphics = 3.0;

    public static double WithWhite((byte R, byte G, byte B) colour) => 1.05 / (RelativeLuminance(colour) + 0.05);

    public static double RelativeLuminance((byte R, byte G, byte B) colour) =>
        (0.2126 * Linear(colour.R)) + (0.7152 * Linear(colour.G)) + (0.0722 * Linear(colour.B));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
