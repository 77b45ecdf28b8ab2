using System.Buffers.Binary;
using System.IO.Compression;
using Dre.Core.Partners;

namespace Dre.Core.Digest;

/// <summary>
/// Contacts per portfolio over the last weeks as stacked bars in a small PNG, so that Teams shows it inside the card
/// (a data URI) and an e-mail client inline. Written by hand: no imaging library is needed for solid rectangles.
/// </summary>
public static class DigestChart
{
    public const int Width = 480;
    public const int Height = 150;

    /// <summary>One colour per portfolio, in <see cref="Portfolio"/> order; the card's legend uses the same ones.</summary>
    public static readonly IReadOnlyList<(byte R, byte G, byte B)> Colours =
    [
        (0x0F, 0x4C, 0x81), (0x2E, 0x8B, 0x57), (0x4B, 0x92, 0xDB), (0xC0, 0x7A, 0x12),
        (0x8E, 0x44, 0xAD), (0x7F, 0x8C, 0x8D), (0xC0, 0x39, 0x2B),
    ];

    public static byte[] RenderPng(IReadOnlyList<WeekCount> weeks)
    {
        var pixels = new byte[Width * Height * 3];
        Fill(pixels, 0, 0, Width, Height, (0xFF, 0xFF, 0xFF));
        Fill(pixels, 0, Height - 2, Width, 2, (0xC8, 0xC8, 0xC8));
        var max = Math.Max(1, weeks.Select(w => w.Contacts.Values.Sum()).DefaultIfEmpty(0).Max());
        var slot = weeks.Count == 0 ? Width : Width / weeks.Count;
        var barWidth = Math.Max(4, slot * 3 / 5);
        for (var i = 0; i < weeks.Count; i++)
        {
            var x = (i * slot) + ((slot - barWidth) / 2);
            var top = Height - 2;
            foreach (var portfolio in Enum.GetValues<Portfolio>())
            {
                var count = weeks[i].Contacts.GetValueOrDefault(portfolio);
                var height = (int)Math.Round((Height - 12) * (double)count / max);
                top -= height;
                Fill(pixels, x, top, barWidth, height, Colours[(int)portfolio]);
            }
        }

        return Png(pixels);
    }

    public static byte[] Swatch(Portfolio portfolio)
    {
        const int size = 12;
        var pixels = new byte[size * size * 3];
        for (var i = 0; i < pixels.Length; i += 3)
        {
            (pixels[i], pixels[i + 1], pixels[i + 2]) = Colours[(int)portfolio];
        }

        return Png(pixels, size, size);
    }

    private static void Fill(byte[] pixels, int x, int y, int w, int h, (byte R, byte G, byte B) colour)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + h); row++)
        {
            for (var col = Math.Max(0, x); col < Math.Min(Width, x + w); col++)
            {
                var at = ((row * Width) + col) * 3;
                (pixels[at], pixels[at + 1], pixels[at + 2]) = colour;
            }
        }
    }

    private static byte[] Png(byte[] rgb, int width = Width, int height = Height)
    {
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var row = 0; row < height; row++)
            {
                zlib.WriteByte(0);
                zlib.Write(rgb, row * width * 3, width * 3);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
