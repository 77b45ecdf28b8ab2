using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Localization;
using Dre.Service.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dre.Service.Digest;

public static class DigestApi
{
    public static RouteGroupBuilder MapDigestApi(this RouteGroupBuilder api)
    {
        api.MapGet("/digest/preview", Preview).WithTags("Digest");
        api.MapGet("/digest/chart.png", Chart).WithTags("Digest");
        return api;
    }

    /// <summary>The digest of the week in progress, as the caller may see it.</summary>
    public static async Task<Ok<WeeklyDigest>> Preview(DigestFrequency? frequency, HttpContext http, DigestPreview preview, CancellationToken cancellationToken) =>
        TypedResults.Ok(await preview.BuildAsync(http.User.ToUserContext(), frequency ?? DigestFrequency.Weekly, cancellationToken));

    public static async Task<FileContentHttpResult> Chart(HttpContext http, DigestPreview preview, CancellationToken cancellationToken)
    {
        var digest = await preview.BuildAsync(http.User.ToUserContext(), DigestFrequency.Weekly, cancellationToken);
        return TypedResults.File(DigestChart.RenderPng(digest.Chart, Texts.For(RequestLanguage.Of(http.Request))), "image/png");
    }
}
