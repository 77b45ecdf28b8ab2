using Dre.Core.Identity;
using Dre.Service.Hosting;
using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dre.Service.FollowUps;

public static class FollowUpsApi
{
    public static RouteGroupBuilder MapFollowUpsApi(this RouteGroupBuilder api)
    {
        var followUps = api.MapGroup("/follow-ups").WithTags("Follow-ups");
        followUps.MapGet("/mine", Mine);
        followUps.MapGet("/overdue", Overdue);
        api.MapPost("/contacts/{contactId}/follow-ups/{followUpId}/complete", Complete).WithTags("Follow-ups");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<OpenFollowUp>>> Mine(HttpContext http, ContactService contacts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.ListMyFollowUpsAsync(http.User.ToUserContext(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<OpenFollowUp>>> Overdue(HttpContext http, ContactService contacts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.ListOverdueFollowUpsAsync(http.User.ToUserContext(), cancellationToken));

    public static async Task<Ok<Contact>> Complete(string contactId, string followUpId, HttpContext http, ContactService contacts, CancellationToken cancellationToken)
    {
        var contact = await contacts.CompleteFollowUpAsync(KeyRules.Require("contactId", contactId), KeyRules.Require("followUpId", followUpId), http.User.ToUserContext(), cancellationToken: cancellationToken);
        http.Response.Headers.ETag = contact.Version;
        return TypedResults.Ok(contact);
    }
}
