using System.Buffers.Binary;

namespace Dre.Manifest.Tests;

/// <summary>What a PNG's header says: its size and whether it can be transparent (an alpha channel or a tRNS chunk).</summary>
public sealed record Png(int Width, int Height, bool HasTransparency)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException(path + " is not a PNG");
        }

        var colourType = bytes[25];
        var hasAlpha = colourType is 4 or 6;
        var hasTrns = false;
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            hasTrns |= bytes.AsSpan(at + 4, 4).SequenceEqual("tRNS"u8);
            at += 12 + length;
        }

        return new Png(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), hasAlpha || hasTrns);
    }
}
