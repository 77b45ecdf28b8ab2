using Microsoft.AspNetCore.Http.Features;

namespace Dre.Service.Hosting;

/// <summary>Refuses an announced oversize body at once, with a ProblemDetails rather than a dropped connection.</summary>
public sealed class RequestSizeLimit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.ContentLength > ApiExtensions.MaxRequestBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Title = "The request body is too large.",
                    Detail = $"Send at most {ApiExtensions.MaxRequestBodyBytes / 1024} KB.",
                    Status = StatusCodes.Status413PayloadTooLarge,
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ApiExtensions.MaxRequestBodyBytes;
        }

        await next(context);
    }
}
