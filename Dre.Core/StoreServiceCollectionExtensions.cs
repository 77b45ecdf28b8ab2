using Dre.Core.Audit;
using Dre.Core.Contacts;
using Dre.Core.Notifications;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Dre.Core;

public static class StoreServiceCollectionExtensions
{
    /// <summary>The table store, the partner directory and the contact log, with the start-up work that prepares them.</summary>
    public static IHostApplicationBuilder AddDreStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<AuditOptions>()
            .BindConfiguration(AuditOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<DreMetrics>();
        builder.Services.AddSingleton<StoreTables>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<StoreReadCache>();
        builder.Services.AddSingleton<TablePartnerDirectory>();
        builder.Services.AddSingleton<IPartnerDirectory>(sp => sp.GetRequiredService<TablePartnerDirectory>());
        builder.Services.AddSingleton<ContactWeekChanges>();
        builder.Services.AddSingleton<ContactKeyMigration>();
        builder.Services.AddSingleton<TableContactStore>();
        builder.Services.AddSingleton<IContactStore>(sp => sp.GetRequiredService<TableContactStore>());
        builder.Services.AddSingleton<ContactService>();
        builder.Services.AddSingleton<ContactDeletions>();
        builder.Services.AddSingleton<ContactPlans>();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<ContactHistory>();
        builder.Services.AddSingleton<PartnerEdits>();
        builder.Services.AddSingleton<UnmatchedDomains>();
        builder.Services.AddSingleton<TableOutbox>();
        builder.Services.AddSingleton<IChannelStore, TableChannelStore>();
        builder.Services.AddSingleton<IRouteStore, TableRouteStore>();
        builder.Services.AddSingleton<IDigestSubscriptions, TableDigestSubscriptions>();
        builder.Services.AddSingleton<IPersonalConversationStore, TablePersonalConversationStore>();
        builder.Services.AddSingleton<ChannelRouting>();
        builder.Services.AddSingleton<TablePostedCards>();
        builder.Services.AddSingleton<TablePostedAlerts>();
        builder.Services.AddSingleton<PartnerStatusService>();
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddHostedService<PartnerDirectoryRefresher>();
        builder.Services.AddHostedService<ContactJournalRepair>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ContactKeyMigration>());
        builder.Services.AddHostedService<ContactIndexBackfill>();
        builder.Services.AddHostedService<DeletedContentPurge>();
        return builder;
    }

    /// <summary>
    /// Claims of the table made with a retention are deleted once it has passed (<see cref="ClaimPruning"/>). The owner
    /// of the claims registers its table with the longest retention they have; one pruning service serves every table.
    /// </summary>
    public static IServiceCollection AddClaimPruning(this IServiceCollection services, string tableName, TimeSpan retention)
    {
        services.AddSingleton(new PrunedClaimTable(tableName, retention));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ClaimPruning>());
        return services;
    }
}
