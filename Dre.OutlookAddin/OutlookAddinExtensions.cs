using Dre.OutlookAddin.Development;
using Dre.OutlookAddin.Graph;
using Dre.OutlookAddin.Hosting;
using Dre.OutlookAddin.ItemLookup;
using Dre.OutlookAddin.ItemSource;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Dre.OutlookAddin;

public static class OutlookAddinExtensions
{
    /// <summary>The add-in's services. Outside Development the item source is Microsoft Graph; Development has its stand-in.</summary>
    public static WebApplicationBuilder AddOutlookAddin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutlookAddinOptions>()
            .BindConfiguration(OutlookAddinOptions.SectionName)
            .PostConfigure<IConfiguration>(DefaultFromApiRegistration)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddSingleton<IOutlookItemSource, DevelopmentOutlookItemSource>();
        }
        else
        {
            builder.Services.AddGraphOutlookItemSource();
        }

        return builder;
    }

    /// <summary>The add-in's own API routes, under the authenticated /api group.</summary>
    public static RouteGroupBuilder MapOutlookAddinApi(this RouteGroupBuilder api)
    {
        api.MapItemLookup();
        api.MapItemSource();
        return api;
    }

    /// <summary>The task pane's files under /addin, and its anonymous configuration at /addin/config.json.</summary>
    public static WebApplication MapOutlookAddin(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<OutlookAddinOptions>>().Value;
        app.UseTaskPaneFiles(options.Authority);
        var config = AddinConfig.Of(options);
        app.MapGet(TaskPaneFiles.RequestPath + "/config.json", () => TypedResults.Ok(config))
            .AllowAnonymous()
            .WithTags("Outlook add-in");
        return app;
    }

    private static void DefaultFromApiRegistration(OutlookAddinOptions options, IConfiguration configuration)
    {
        var auth = configuration.GetSection("Auth");
        options.UseDevelopmentIssuer = auth.GetValue<bool>("UseDevelopmentIssuer");
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            options.ClientId = auth["ClientId"] ?? "";
        }

        if (string.IsNullOrWhiteSpace(options.ApiScope))
        {
            var audience = auth["Audience"] ?? (string.IsNullOrWhiteSpace(options.ClientId) ? null : "api://" + options.ClientId);
            options.ApiScope = audience is null ? "" : $"{audience.TrimEnd('/')}/{auth["RequiredScope"] ?? "access_as_user"}";
        }

        if (options.Authority is null && auth["TenantId"] is { Length: > 0 } tenant)
        {
            options.Authority = new Uri(new Uri(auth["Instance"] ?? "https://login.microsoftonline.com/"), tenant);
        }
    }
}
