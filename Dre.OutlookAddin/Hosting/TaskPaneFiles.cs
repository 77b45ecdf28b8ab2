using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Dre.OutlookAddin.Hosting;

/// <summary>
/// Serves the built task pane under /addin. The development page and its Office stand-in are served in Development
/// only; in production the pane may load Office.js from Microsoft's CDN, as Outlook requires, and nothing else from outside.
/// </summary>
public static class TaskPaneFiles
{
    public const string RequestPath = "/addin";
    private const string OfficeJsOrigin = "https://appsforoffice.microsoft.com";

    /// <summary>Where the build copies the bundles, beside the service's assemblies.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "addin");

    public static WebApplication UseTaskPaneFiles(this WebApplication app, Uri? authority)
    {
        var pane = Path.Combine(Folder, "pane");
        if (!Directory.Exists(pane))
        {
            throw new InvalidOperationException($"The task pane is not built ({pane} is missing): run npm ci, then build again.");
        }

        IFileProvider files = new PhysicalFileProvider(pane);
        if (app.Environment.IsDevelopment())
        {
            files = new CompositeFileProvider(files, new PhysicalFileProvider(Path.Combine(Folder, "dev")));
        }

        var policy = ContentSecurityPolicy(app.Environment, authority);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = RequestPath,
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                // The pane is small and changes with each release: always revalidate (ETag) rather than run a stale copy.
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }

    public static string ContentSecurityPolicy(IWebHostEnvironment environment, Uri? authority)
    {
        var scripts = environment.IsDevelopment() ? "'self'" : $"'self' {OfficeJsOrigin}";
        // Sign-in talks to the authority from the dialog fallback (MSAL's token requests and silent renewal frame).
        var identity = authority is null || environment.IsDevelopment() ? "" : " " + authority.GetLeftPart(UriPartial.Authority);
        return $"default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; "
            + $"connect-src 'self'{identity}; frame-src 'self'{identity}; object-src 'none'; base-uri 'self'; form-action 'self'";
    }
}
