using System.Text;
using CsvHelper;
using Dre.Core.Validation;

namespace Dre.Core.Imports;

/// <summary>One data row of an import file: its line in the file (header is line 1) and its cells by column.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string column] => Cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}

/// <summary>
/// Reads an import file, or refuses it whole with a 400 naming <c>file</c>: empty, too big, binary, not UTF-8, with
/// unknown, repeated or missing columns, too many rows. A file refused here leaves nothing behind.
/// </summary>
public static class ImportFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw Refused("The file is empty.");
        }

        if (bytes.Length > ImportLimits.FileBytes)
        {
            throw Refused($"The file is larger than {ImportLimits.FileBytes / (1024 * 1024)} MB.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Refused("The file is in UTF-16: save it as CSV in UTF-8.");
        }

        if (LooksBinary(bytes))
        {
            throw Refused("The file is not a text file: send a CSV file.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw Refused($"The file is not in UTF-8 (byte {e.Index} is not): save it as CSV in UTF-8.");
        }

        return text;
    }

    /// <summary>Every data row of the text, with the file-level checks on its header.</summary>
    public static IReadOnlyList<ImportRow> Rows(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length));
        var separator = firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { Separator = separator, HasHeader = true, AllowLineBreaksInQuotes = true, SkipEmptyLines = true, TrackLineNumbers = true });
        var columns = Columns(reader.Headers);
        var rows = new List<ImportRow>();
        while (reader.Read())
        {
            if (rows.Count == ImportLimits.Rows)
            {
                throw Refused($"The file has more than {ImportLimits.Rows} rows: split it.");
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(reader.FieldCount, columns.Count); i++)
            {
                cells[columns[i]] = ImportCells.Restored(reader.GetString(i).Trim());
            }

            if (reader.FieldCount > columns.Count && Enumerable.Range(columns.Count, reader.FieldCount - columns.Count).Any(i => reader.GetString(i).Trim().Length > 0))
            {
                cells[ExtraCells] = "";
            }

            rows.Add(new ImportRow((int)reader.LineNumber, cells));
        }

        return rows;
    }

    /// <summary>The mark of a row with more cells than the header has columns: the parser rejects that row.</summary>
    public const string ExtraCells = "\u0001extra";

    private static List<string> Columns(IReadOnlyList<string> headers)
    {
        var unknown = headers.Where(h => h.Trim().Length > 0 && ImportColumns.Of(h) is null).ToList();
        if (unknown.Count > 0)
        {
            throw Refused($"Unknown columns: {string.Join(", ", unknown.Take(ImportLimits.LinesNamed))}. The columns are {string.Join(", ", ImportColumns.All)} (docs/import.md).");
        }

        var columns = headers.Select(h => ImportColumns.Of(h) ?? "").ToList();
        var repeated = columns.Where(c => c.Length > 0).GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = ImportColumns.Required.Except(columns).ToList();
        if (repeated.Count > 0 || missing.Count > 0)
        {
            throw Refused(repeated.Count > 0 ? $"Columns given twice: {string.Join(", ", repeated)}." : $"Missing columns: {string.Join(", ", missing)}.");
        }

        return columns;
    }

    /// <summary>Control bytes other than tab and line breaks, which no CSV a spreadsheet saves holds.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return true;
            }
        }

        return false;
    }

    private static InputException Refused(string message) => InputException.For("file", message);
}
