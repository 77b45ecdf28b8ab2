using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Service.Hosting;
using Dre.Core.Contacts;
using Dre.Core.Validation;
using Dre.OutlookAddin.ItemSource;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dre.Service.Contacts;

public static class ContactsApi
{
    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");
        contacts.MapPost("/", Log);
        contacts.MapGet("/", List);
        contacts.MapGet("/{id}", Get).WithName(nameof(Get) + "Contact");
        contacts.MapPatch("/{id}", Update);
        contacts.MapDelete("/{id}", Delete);
        contacts.MapGet("/{id}/history", History);
        return api;
    }

    /// <summary>
    /// 201 with Location for a new contact; 200 with the existing one when the meeting or e-mail was already logged, or
    /// only <c>restricted: true</c> when that contact is restricted and not for the caller, unless the caller's own
    /// mailbox holds the item (asked on their behalf).
    /// </summary>
    public static async Task<Results<Created<LogResult>, Ok<LogResult>>> Log(
        ContactDraft? draft,
        HttpContext http,
        ContactService contacts,
        [FromServices] IOutlookItemSource items,
        ILogger<CallerMailbox> logger,
        CancellationToken cancellationToken)
    {
        if (draft is null)
        {
            throw InputException.For("body", "Send the contact as a JSON object.");
        }

        var mailbox = new CallerMailbox(items, BearerToken.Of(http), logger);
        var result = await contacts.LogAsync(draft, http.User.ToUserContext(), mailbox, cancellationToken);
        if (result.Contact is { } contact)
        {
            http.Response.Headers.ETag = contact.Version;
        }

        return result.AlreadyLogged
            ? TypedResults.Ok(result)
            : TypedResults.Created($"/api/contacts/{result.Contact!.Id}", result);
    }

    public static async Task<Ok<Contact>> Get(string id, HttpContext http, ContactService contacts, CancellationToken cancellationToken)
    {
        var contact = await contacts.GetAsync(KeyRules.Require("id", id), http.User.ToUserContext(), cancellationToken);
        http.Response.Headers.ETag = contact.Version;
        return TypedResults.Ok(contact);
    }

    public static async Task<Ok<Contact>> Update(string id, ContactPatch? patch, HttpContext http, ContactService contacts, CancellationToken cancellationToken)
    {
        if (patch is null)
        {
            throw InputException.For("body", "Send the changes as a JSON object.");
        }

        var contact = await contacts.UpdateAsync(KeyRules.Require("id", id), patch, http.Request.Headers.IfMatch.ToString(), http.User.ToUserContext(), cancellationToken: cancellationToken);
        http.Response.Headers.ETag = contact.Version;
        return TypedResults.Ok(contact);
    }

    /// <summary>204; a deleted contact leaves every list and card, and its Outlook item can be logged again.</summary>
    public static async Task<NoContent> Delete(string id, HttpContext http, ContactDeletions deletions, CancellationToken cancellationToken)
    {
        await deletions.DeleteAsync(KeyRules.Require("id", id), http.Request.Headers.IfMatch.ToString(), http.User.ToUserContext(), cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Who changed what and when, oldest first; a restricted change shows its fields only to the contact's audience.</summary>
    public static async Task<Ok<IReadOnlyList<AuditEntry>>> History(string id, HttpContext http, ContactHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.ReadAsync(KeyRules.Require("id", id), http.User.ToUserContext(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<ContactSummary>>> List(string? partner, DateTimeOffset? from, DateTimeOffset? to, int? limit, HttpContext http, ContactService contacts, CancellationToken cancellationToken)
    {
        var partnerId = partner is null ? null : KeyRules.Require("partner", partner);
        return TypedResults.Ok(await contacts.ListAsync(partnerId, from, to, http.User.ToUserContext(), limit ?? 100, cancellationToken));
    }
}
