using System.Text.Json;
using Dre.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dre.Service.Hosting;

/// <summary>Turns the domain's refusals into ProblemDetails: a user's mistake is never a 500.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            InputException input => new HttpValidationProblemDetails(input.Errors)
            {
                Title = "Some fields are not valid.",
                Status = StatusCodes.Status400BadRequest,
            },
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldOf(json)] = [JsonMessage(json)] })
            {
                Title = "The request body is not valid JSON for this request.",
                Status = StatusCodes.Status400BadRequest,
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is not valid.",
                Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? null : bad.Message,
                Status = bad.StatusCode,
            },
            NotFoundException notFound => new ProblemDetails { Title = notFound.Message, Status = StatusCodes.Status404NotFound },
            ForbiddenException forbidden => new ProblemDetails { Title = forbidden.Message, Status = StatusCodes.Status403Forbidden },
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        logger.LogInformation("Refused {Method} {Path}: {Status} {Title}", httpContext.Request.Method, httpContext.Request.Path, problem.Status, problem.Title);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string FieldOf(JsonException json) => string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');

    private static string JsonMessage(JsonException json) =>
        json.Path is { Length: > 1 } path ? $"The value at {path} is not valid." : "The body is not valid JSON.";
}
