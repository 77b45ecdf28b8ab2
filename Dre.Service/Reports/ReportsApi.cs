using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dre.Service.Reports;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/reports").WithTags("Reports").MapGet("/contacts", Contacts);
        return api;
    }

    /// <summary>
    /// The caller's contacts of a period (at most three years) counted by portfolio, partner or MAE: every contact of
    /// the period, not a first page of them, and only those the caller may see.
    /// </summary>
    public static async Task<Ok<ContactCounts>> Contacts(DateTimeOffset? from, DateTimeOffset? to, string? by, HttpContext http, ContactService contacts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.CountAsync(from, to, Grouping(by), http.User.ToUserContext(), cancellationToken));

    private static ContactGrouping Grouping(string? by)
    {
        if (by is null)
        {
            return ContactGrouping.Portfolio;
        }

        // Names only: Enum.TryParse would also take "7".
        if (Enum.GetNames<ContactGrouping>().FirstOrDefault(n => string.Equals(n, by, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return Enum.Parse<ContactGrouping>(name);
        }

        var errors = new InputErrors();
        errors.Add("by", "by is portfolio, partner or mae.");
        errors.ThrowIfAny();
        return default;
    }
}
