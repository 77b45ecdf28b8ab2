using Dre.Core.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dre.OutlookAddin.ItemSource;

public static class ItemSourceApi
{
    private const int MaxItemIdLength = 1_000;

    public static RouteGroupBuilder MapItemSource(this RouteGroupBuilder api)
    {
        api.MapGet("/outlook/item-source", Get).WithTags("Outlook add-in");
        return api;
    }

    /// <summary>GET /api/outlook/item-source?itemId=&amp;itemType=appointment|message: the source key and people of an Outlook item.</summary>
    public static async Task<Results<Ok<OutlookItemDetails>, NotFound, ProblemHttpResult>> Get(string? itemId, string? itemType, HttpContext http, [FromServices] IOutlookItemSource source, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Line("itemId", itemId, MaxItemIdLength, required: true);
        if (!Enum.TryParse<OutlookItemType>(itemType, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            errors.Add("itemType", "itemType is appointment or message.");
        }

        errors.ThrowIfAny();
        var token = BearerToken.Of(http);
        try
        {
            var details = await source.GetAsync(new OutlookItemRef(id!, type), token, cancellationToken);
            return details is null ? TypedResults.NotFound() : TypedResults.Ok(details);
        }
        catch (MailboxUnavailableException e)
        {
            if (e.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return e.Failure switch
            {
                MailboxFailure.AccessDenied => TypedResults.Problem(
                    title: "The service may not read your mailbox.",
                    detail: "An administrator has to grant DRE Collab read access to mail and calendars (admin consent). You can still fill the form by hand.",
                    statusCode: StatusCodes.Status403Forbidden),
                MailboxFailure.Throttled => TypedResults.Problem(
                    title: "Your mailbox is busy.",
                    detail: "Microsoft 365 asked us to slow down. Try again in a minute.",
                    statusCode: StatusCodes.Status503ServiceUnavailable),
                _ => TypedResults.Problem(
                    title: "Your mailbox could not be read.",
                    detail: "Microsoft 365 did not answer as expected. Try again, or fill the form by hand.",
                    statusCode: StatusCodes.Status502BadGateway),
            };
        }
    }
}
