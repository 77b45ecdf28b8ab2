namespace Dre.Core.Imports;

/// <summary>What one import may hold, so that a file is stored, checked and run within bounds the store and a worker keep.</summary>
public static class ImportLimits
{
    /// <summary>About 30,000 rows of a typical history; the body limit of the import route.</summary>
    public const int FileBytes = 8 * 1024 * 1024;

    public const int Rows = 50_000;

    /// <summary>Characters of the file per stored chunk: 60,000 bytes in UTF-16, under the 64 KiB a table property holds.</summary>
    public const int ChunkChars = 30_000;

    /// <summary>How far ahead an imported contact may be: a history holds past contacts and the planned ones of the coming year.</summary>
    public static readonly TimeSpan FurthestAhead = TimeSpan.FromDays(366);

    /// <summary>The lines a refused file names at most: enough to find the pattern, few enough to read.</summary>
    public const int LinesNamed = 10;
}
