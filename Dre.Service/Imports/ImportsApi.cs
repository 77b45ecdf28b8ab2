using Dre.Core.Identity;
using Dre.Core.Imports;
using Dre.Core.Validation;
using Dre.Service.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dre.Service.Imports;

public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports");
        // A history is larger than any other body the API takes.
        imports.MapPost("/", Submit).WithMetadata(new RequestSizeLimitAttribute(ImportLimits.FileBytes));
        imports.MapGet("/{id}", Get);
        return api;
    }

    /// <summary>
    /// The file as the body (text/csv) or as the one file of a form. 202 with the job's Location once the whole file is
    /// stored; with <c>dryRun=true</c>, 200 with what a run would do, nothing written.
    /// </summary>
    public static async Task<Results<Accepted<ImportReport>, Ok<ImportReport>>> Submit(bool? dryRun, string? fileName, HttpContext http, ImportService imports, CancellationToken cancellationToken)
    {
        var user = http.User.ToUserContext();
        if (!user.IsDreOfficer)
        {
            // Before the body is read: a member of staff's file is not looked at.
            throw new ForbiddenException("Only DRE officers import contacts.");
        }

        var (file, name) = await ReadFileAsync(http.Request, cancellationToken);
        if (dryRun == true)
        {
            return TypedResults.Ok(await imports.DryRunAsync(file, user, RequestLanguage.Of(http.Request), cancellationToken));
        }

        var job = await imports.SubmitAsync(file, fileName ?? name, user, cancellationToken);
        var report = await imports.ReportAsync(job.Id, user, RequestLanguage.Of(http.Request), cancellationToken);
        return TypedResults.Accepted($"/api/imports/{job.Id}", report);
    }

    public static async Task<Ok<ImportReport>> Get(string id, HttpContext http, ImportService imports, CancellationToken cancellationToken) =>
        TypedResults.Ok(await imports.ReportAsync(KeyRules.Require("id", id), http.User.ToUserContext(), RequestLanguage.Of(http.Request), cancellationToken));

    private static async Task<(byte[] File, string? Name)> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files is not [var upload])
            {
                throw InputException.For("file", "Send one file in the form.");
            }

            using var copy = new MemoryStream();
            await upload.CopyToAsync(copy, cancellationToken);
            return (copy.ToArray(), Path.GetFileName(upload.FileName));
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return (body.ToArray(), null);
    }
}
