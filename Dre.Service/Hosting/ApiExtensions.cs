using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Dre.Core.Contacts;
using Dre.Core.FollowUps;
using Dre.Service.Auth;
using Dre.Service.Digest;
using Dre.Service.Exports;
using Dre.Service.Imports;
using Dre.Service.Contacts;
using Dre.Service.FollowUps;
using Dre.Service.Health;
using Dre.Service.Partners;
using Dre.Service.Reports;
using Dre.OutlookAddin;

namespace Dre.Service.Hosting;

public static class ApiExtensions
{
    /// <summary>Bodies larger than this are refused with 413 before they are read.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddDreApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        // Binding failures become exceptions that the handler turns into a ProblemDetails naming the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { HideInternals } };
    }

    /// <summary>
    /// What the store keeps for its own rules never leaves the API: a contact's source key (the Outlook item id, with
    /// which anyone could claim the item) and the audience lists (logger ids and attendee e-mails).
    /// </summary>
    private static void HideInternals(JsonTypeInfo type)
    {
        if (type.Type == typeof(Contact) || type.Type == typeof(ContactSummary) || type.Type == typeof(OpenFollowUp))
        {
            foreach (var property in type.Properties.Where(p => p.Name is "sourceKey" or "audience" or "SourceKey" or "Audience").ToList())
            {
                type.Properties.Remove(property);
            }
        }
    }

    public static WebApplication UseDreApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeLimit>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapDreApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapHealth();
        var api = app.MapGroup("/api")
            .RequireAuthorization(AuthenticationExtensions.ApiPolicy)
            .AddEndpointFilter<VersionConflictFilter>();
        api.MapPartnersApi();
        api.MapContactsApi();
        api.MapContactPlansApi();
        api.MapFollowUpsApi();
        api.MapOutlookAddinApi();
        api.MapDigestApi();
        api.MapImportsApi();
        api.MapExportsApi();
        api.MapReportsApi();
        return app;
    }
}
