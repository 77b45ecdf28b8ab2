using Microsoft.Extensions.FileProviders;

namespace Dre.Service.Workspace;

/// <summary>
/// Serves the built workspace tab under /app. Teams (and Outlook, where Teams tabs also run) frame it, so its policy
/// names those hosts in frame-ancestors and no one else; everything it loads comes from this service.
/// </summary>
public static class WorkspaceFiles
{
    public const string RequestPath = "/app";

    /// <summary>The hosts of Teams and Outlook on the web and desktop that frame a tab (Microsoft's list for Teams tabs).</summary>
    public static readonly IReadOnlyList<string> FrameAncestors =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://teams.cloud.microsoft", "https://*.cloud.microsoft",
        "https://outlook.office.com", "https://outlook.office365.com", "https://outlook.live.com", "https://*.office.com",
    ];

    /// <summary>Where the build copies the bundle, beside the service's assemblies.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "app");

    public static WebApplication UseWorkspaceFiles(this WebApplication app)
    {
        if (!File.Exists(Path.Combine(Folder, "index.html")))
        {
            throw new InvalidOperationException($"The workspace tab is not built ({Folder} is missing): run npm ci, then build again.");
        }

        var policy = ContentSecurityPolicy;
        var files = new PhysicalFileProvider(Folder);
        void Secure(HttpResponse response)
        {
            response.Headers.ContentSecurityPolicy = policy;
            response.Headers.XContentTypeOptions = "nosniff";
            // Small and changing with each release: always revalidate (ETag) rather than run a stale copy.
            response.Headers.CacheControl = "no-cache";
        }

        // Default files also redirects /app to /app/, where the bundle's relative address resolves.
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = RequestPath, FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { RequestPath = RequestPath, FileProvider = files, OnPrepareResponse = c => Secure(c.Context.Response) });
        return app;
    }

    // Fluent UI v9 styles by inserting <style> rules at run time (Griffel), which a static page cannot give a nonce:
    // inline styles are allowed, inline scripts are not.
    public static string ContentSecurityPolicy { get; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
        + $"base-uri 'self'; form-action 'self'; frame-ancestors {string.Join(' ', FrameAncestors)}";
}
