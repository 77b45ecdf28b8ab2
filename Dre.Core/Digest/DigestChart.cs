using System.Globalization;
using Dre.Core.Localization;
using Dre.Core.Partners;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Dre.Core.Digest;

/// <summary>
/// Contacts per portfolio over the last weeks as stacked bars in a small PNG, so that Teams shows it inside the card
/// (a data URI) and an e-mail client inline. Each week is labelled by its Monday, in the reader's language.
/// </summary>
public static class DigestChart
{
    public const int Width = 480;
    public const int Height = 180;

    /// <summary>The chart travels base64-encoded inside the digest's first card, which Teams caps: it must leave room for the digest.</summary>
    public const int MaxPngBytes = 12_000;

    /// <summary>One colour per portfolio, in <see cref="Portfolio"/> order; the legend in words (<see cref="ColourNames.Legend"/>) names the same ones.</summary>
    public static readonly IReadOnlyList<(byte R, byte G, byte B)> Colours =
    [
        (0x0F, 0x4C, 0x81), (0x2E, 0x8B, 0x57), (0x4B, 0x92, 0xDB), (0xC0, 0x7A, 0x12),
        (0x8E, 0x44, 0xAD), (0x7F, 0x8C, 0x8D), (0xC0, 0x39, 0x2B),
    ];

    /// <summary>Fonts tried in turn: the one Teams writes in, then common sans-serif ones; the machine's default otherwise.</summary>
    private static readonly string[] FontNames = ["Segoe UI", "Liberation Sans", "DejaVu Sans", "Arial"];

    public static byte[] RenderPng(IReadOnlyList<WeekCount> weeks, Texts texts)
    {
        using var plot = new Plot();
        if (FontNames.FirstOrDefault(IsInstalled) is { } font)
        {
            plot.Font.Set(font);
        }

        plot.Add.Bars(Bars(weeks).ToArray());
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. weeks.Select((w, i) => new Tick(i, WeekLabel(w.Week, texts.Culture)))]);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.Label.Text = texts.ChartWeeksAxis;
        plot.Axes.Left.Label.Text = texts.ChartContactsAxis;
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Left.Label.FontSize = 12;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        // Weeks without contacts still show their axis: the scale starts at one contact, never at an empty range.
        var highest = weeks.Select(w => w.Contacts.Values.Sum()).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(-0.5, Math.Max(1, weeks.Count) - 0.5, 0, Math.Max(1, highest) * 1.1);
        plot.HideGrid();

        // Crisp bars and axes compress far better than smoothed ones, and the card has little room for the image;
        // text stays smoothed, to be read.
        plot.Axes.AntiAlias(false);
        return Png(plot);
    }

    /// <summary>An ISO week ("2026-W40") as the date of its Monday, short enough for eight under a small chart.</summary>
    public static string WeekLabel(string isoWeek, CultureInfo culture)
    {
        var year = int.Parse(isoWeek.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var week = int.Parse(isoWeek.AsSpan(6), CultureInfo.InvariantCulture);
        return ISOWeek.ToDateTime(year, week, DayOfWeek.Monday).ToString("d MMM", culture);
    }

    private static IEnumerable<Bar> Bars(IReadOnlyList<WeekCount> weeks)
    {
        for (var i = 0; i < weeks.Count; i++)
        {
            var bottom = 0;
            foreach (var portfolio in Enum.GetValues<Portfolio>())
            {
                var count = weeks[i].Contacts.GetValueOrDefault(portfolio);
                if (count == 0)
                {
                    continue;
                }

                var (r, g, b) = Colours[(int)portfolio];
                yield return new Bar { Position = i, ValueBase = bottom, Value = bottom + count, FillColor = new Color(r, g, b), FillStyle = { AntiAlias = false }, LineWidth = 0, Size = 0.6 };
                bottom += count;
            }
        }
    }

    /// <summary>An opaque RGB PNG at the strongest compression: about a tenth smaller than the library's RGBA default.</summary>
    private static byte[] Png(Plot plot)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        plot.Render(surface);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, zLibLevel: 9))
            ?? throw new InvalidOperationException("The chart could not be encoded as PNG.");
        return png.ToArray();
    }

    private static bool IsInstalled(string font) => string.Equals(Fonts.GetTypeface(font, bold: false, italic: false)?.FamilyName, font, StringComparison.OrdinalIgnoreCase);
}
