using CsvHelper;
using Dre.Core.Identity;
using Dre.Core.Imports;
using Dre.Core.Partners;
using Dre.Core.Validation;
using Dre.Service.Hosting;
using MiniExcelLibs;

namespace Dre.Service.Exports;

public static class ExportsApi
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapExportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exports", Export).WithTags("Exports");
        return api;
    }

    /// <summary>The contacts the caller may see, in the import's columns, headers in the caller's language; csv (the default) or xlsx.</summary>
    public static async Task Export(string? partner, string? portfolio, DateTimeOffset? from, DateTimeOffset? to, string? format, HttpContext http, ContactExport export, IPartnerDirectory directory, CancellationToken cancellationToken)
    {
        var xlsx = format?.ToLowerInvariant() switch
        {
            null or "csv" => false,
            "xlsx" => true,
            _ => throw InputException.For("format", "format is csv or xlsx."),
        };
        var query = new ContactExport.Query(partner is null ? null : KeyRules.Require("partner", partner), portfolio, from, to);
        var contacts = await export.PrepareAsync(query, http.User.ToUserContext(), cancellationToken);
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var language = RequestLanguage.Of(http.Request);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"contacts.{(xlsx ? "xlsx" : "csv")}\"";
        http.Response.Headers.ContentLanguage = language == Language.French ? "fr" : "en";
        var rows = contacts(cancellationToken).Select(c => ExportRow.Cells(c, snapshot, language));
        if (xlsx)
        {
            await WriteXlsxAsync(http.Response, rows, language, cancellationToken);
        }
        else
        {
            await WriteCsvAsync(http.Response, rows, language, cancellationToken);
        }
    }

    /// <summary>Streamed as the contacts are read. French spreadsheets expect semicolons; the import reads either.</summary>
    private static async Task WriteCsvAsync(HttpResponse response, IAsyncEnumerable<string[]> rows, Language language, CancellationToken cancellationToken)
    {
        response.ContentType = CsvType;
        var options = new CsvWriterOptions
        {
            Separator = language == Language.French ? ';' : ',',
            Injection = CsvInjection.Escape,
            InjectionCharacters = new string([.. ImportCells.FormulaStarts]),
            InjectionEscape = ImportCells.FormulaEscape,
            WriteByteOrderMark = true,
        };
        await using var writer = CsvWriter.Create(response.Body, options, leaveOpen: true);
        writer.WriteHeader([.. ExportRow.Header(language)]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteRecordAsync(row, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Built in memory, as a workbook is a zip written at its end. Cells are text, never formulas, but a sheet saved
    /// again as CSV would lose that: they are neutralised as in the CSV.
    /// </summary>
    private static async Task WriteXlsxAsync(HttpResponse response, IAsyncEnumerable<string[]> rows, Language language, CancellationToken cancellationToken)
    {
        var header = ExportRow.Header(language);
        var sheet = await rows
            .Select(row => (IDictionary<string, object>)header.Select((h, i) => (h, Cell: (object)ImportCells.Neutralised(row[i]))).ToDictionary(x => x.h, x => x.Cell))
            .ToListAsync(cancellationToken);
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(sheet, sheetName: "Contacts", cancellationToken: cancellationToken);
        response.ContentType = XlsxType;
        workbook.Position = 0;
        await workbook.CopyToAsync(response.Body, cancellationToken);
    }
}
