using Dre.Bot.Conversations;
using Dre.Core.Identity;
using Dre.OutlookAddin.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dre.Service.Identity;

public static class AppRoleExtensions
{
    /// <summary>With <c>Roles:AppRoleAssignments</c> on, the bot reads people's roles, and who an address names, from Entra ID (the Graph settings are then required, and checked at start).</summary>
    public static WebApplicationBuilder AddEntraAppRoles(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection(RoleDirectory.SectionName).Get<RoleDirectory>() is { AppRoleAssignments: true })
        {
            builder.Services.AddGraphClients();
            builder.Services.Replace(ServiceDescriptor.Singleton<IAppRoleAssignments, GraphAppRoleAssignments>());
            // The same directory, read the same way, tells who a participant listed by e-mail is (briefings).
            builder.Services.Replace(ServiceDescriptor.Singleton<IUserDirectory, GraphUserDirectory>());
        }

        return builder;
    }
}
