using Dre.OutlookAddin.Graph;
using Dre.OutlookAddin.ItemLookup;
using Dre.OutlookAddin.ItemSource;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Dre.OutlookAddin;

public static class OutlookAddinExtensions
{
    /// <summary>The add-in's services. Outside Development the item source is Microsoft Graph; Development has its stand-in.</summary>
    public static WebApplicationBuilder AddOutlookAddin(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
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
}
