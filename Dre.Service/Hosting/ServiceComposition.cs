using Dre.Bot.Briefings;
using Dre.Service.Workspace;
using Dre.Service.Auth;
using Dre.Bot.Conversations;
using Dre.Service.Demo;
using Dre.Service.Digest;
using Dre.Service.Identity;
using Dre.Bot.Notifications;
using Dre.Bot.Teams;
using Dre.Core;
using Dre.Core.Digest;
using Dre.Core.Imports;
using Dre.Service.Exports;
using Dre.OutlookAddin;

namespace Dre.Service.Hosting;

/// <summary>The whole service, composed once: <c>Program</c> runs it, and start-up tests build it without a test host.</summary>
public static class ServiceComposition
{
    public static WebApplicationBuilder AddDreService(this WebApplicationBuilder builder)
    {
        builder.AddDreTelemetry();
        builder.AddDreStore();
        builder.AddDreDigest();
        builder.AddDreImports();
        builder.Services.AddSingleton<ContactExport>();
        builder.AddDreAuthentication();
        builder.AddDreApi();
        builder.AddOutlookAddin();
        builder.AddConversations();
        builder.AddEntraAppRoles();
        builder.AddDemoData();
        builder.AddTeamsBot();
        builder.AddNotifications();
        builder.AddBriefings();
        builder.AddDigestMail();
        return builder;
    }

    public static WebApplication MapDreService(this WebApplication app)
    {
        app.UseDreApi();
        app.MapDreApi();
        app.MapDevelopmentIssuer();
        app.MapOutlookAddin();
        app.UseWorkspaceFiles();
        app.MapTeamsBot();
        return app;
    }
}
