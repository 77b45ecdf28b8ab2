using Dre.Core.Validation;

namespace Dre.Service.Hosting;

/// <summary>
/// A stale edit answers 412 with the current version in the body and in ETag. Handled here rather than in the exception
/// handler because the exception handler middleware strips ETag from the responses it writes.
/// </summary>
public sealed class VersionConflictFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (VersionConflictException conflict)
        {
            context.HttpContext.Response.Headers.ETag = conflict.CurrentVersion;
            return TypedResults.Problem(
                title: conflict.Message,
                detail: "Reload, re-apply your change to the current version, and send it with that version in If-Match.",
                statusCode: StatusCodes.Status412PreconditionFailed,
                extensions: new Dictionary<string, object?> { ["current"] = conflict.Current, ["currentVersion"] = conflict.CurrentVersion });
        }
    }
}
