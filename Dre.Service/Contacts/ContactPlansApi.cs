using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Validation;
using Dre.Service.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dre.Service.Contacts;

/// <summary>
/// A planned contact marked held, moved or cancelled, as actions on the contact (like completing a follow-up or
/// archiving a partner) rather than a writable status field, since each has its own rules and audit action.
/// </summary>
public static class ContactPlansApi
{
    public static RouteGroupBuilder MapContactPlansApi(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts/{id}").WithTags("Contacts");
        contacts.MapPost("/held", Held);
        contacts.MapPost("/move", Move);
        contacts.MapPost("/cancel", Cancel);
        return api;
    }

    /// <summary>The outcome turns the planned contact into the record of what happened.</summary>
    public static Task<Ok<Contact>> Held(string id, HeldReport? report, HttpContext http, ContactPlans plans, CancellationToken cancellationToken) =>
        Answer(http, plans.HoldAsync(KeyRules.Require("id", id), Body(report), http.Request.Headers.IfMatch.ToString(), http.User.ToUserContext(), cancellationToken: cancellationToken));

    public static Task<Ok<Contact>> Move(string id, ContactMove? move, HttpContext http, ContactPlans plans, CancellationToken cancellationToken) =>
        Answer(http, plans.MoveAsync(KeyRules.Require("id", id), Body(move), http.Request.Headers.IfMatch.ToString(), http.User.ToUserContext(), cancellationToken: cancellationToken));

    /// <summary>The contact stays readable by id and in its history; it leaves every list, status and digest.</summary>
    public static Task<Ok<Contact>> Cancel(string id, HttpContext http, ContactPlans plans, CancellationToken cancellationToken) =>
        Answer(http, plans.CancelAsync(KeyRules.Require("id", id), http.Request.Headers.IfMatch.ToString(), http.User.ToUserContext(), cancellationToken: cancellationToken));

    private static T Body<T>(T? body)
        where T : class =>
        body ?? throw InputException.For("body", "Send the change as a JSON object.");

    private static async Task<Ok<Contact>> Answer(HttpContext http, Task<Contact> change)
    {
        var contact = await change;
        http.Response.Headers.ETag = contact.Version;
        return TypedResults.Ok(contact);
    }
}
