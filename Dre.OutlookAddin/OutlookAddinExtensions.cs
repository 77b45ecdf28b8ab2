using Dre.OutlookAddin.ItemLookup;
using Dre.OutlookAddin.ItemSource;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Dre.OutlookAddin;

public static class OutlookAddinExtensions
{
    public static WebApplicationBuilder AddOutlookAddin(this WebApplicationBuilder builder) => builder;

    /// <summary>The add-in's own API routes, under the authenticated /api group.</summary>
    public static RouteGroupBuilder MapOutlookAddinApi(this RouteGroupBuilder api)
    {
        api.MapItemLookup();
        api.MapItemSource();
        return api;
    }
}
