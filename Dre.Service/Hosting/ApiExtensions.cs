using System.Text.Json;
using System.Text.Json.Serialization;
using Dre.Service.Auth;
using Dre.Service.Digest;
using Dre.Service.Contacts;
using Dre.Service.FollowUps;
using Dre.Service.Health;
using Dre.Service.Partners;
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
        api.MapFollowUpsApi();
        api.MapOutlookAddinApi();
        api.MapDigestApi();
        return app;
    }
}
