using Dre.Core.Visibility;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dre.OutlookAddin.ItemLookup;

public static class ItemLookupApi
{
    public static RouteGroupBuilder MapItemLookup(this RouteGroupBuilder api)
    {
        api.MapGet("/contacts/lookup", Lookup).WithTags("Outlook add-in");
        return api;
    }

    /// <summary>
    /// Was this Outlook item logged already? Asked when the task pane opens. A restricted contact the caller may not see
    /// is reported as logged, without its content, so that nobody logs it a second time in ignorance.
    /// </summary>
    public static async Task<Results<Ok<ItemLookupResult>, NotFound>> Lookup(
        string? iCalUid, DateTimeOffset? occurrenceStart, string? internetMessageId, HttpContext http, ContactService contacts, CancellationToken cancellationToken)
    {
        var source = string.IsNullOrWhiteSpace(internetMessageId) ? ContactSource.OutlookMeeting : ContactSource.OutlookEmail;
        var contact = await contacts.FindBySourceAsync(source, iCalUid, occurrenceStart, internetMessageId, cancellationToken);
        if (contact is null)
        {
            return TypedResults.NotFound();
        }

        var user = http.User.ToUserContext();
        return TypedResults.Ok(VisibilityPolicy.MaySee(user, contact)
            ? new ItemLookupResult(contact.Id, Restricted: false, contact.Loggers, contact, ContactPlans.MayChangePlan(user, contact))
            : new ItemLookupResult(contact.Id, Restricted: true, [], null, MayChangePlan: false));
    }
}

/// <param name="MayChangePlan">Whether the caller may mark the contact held, move or cancel it, so that the pane offers only what the service allows.</param>
public sealed record ItemLookupResult(string ContactId, bool Restricted, IReadOnlyList<LoggedBy> LoggedBy, Contact? Contact, bool MayChangePlan);
