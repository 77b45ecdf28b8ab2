using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dre.Core.Imports;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Import jobs: the service that takes files, the store of jobs, and the worker every instance runs.</summary>
    public static IHostApplicationBuilder AddDreImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ImportJobStore>();
        builder.Services.AddSingleton<ImportSignal>();
        builder.Services.AddSingleton<ImportRunner>();
        builder.Services.AddSingleton<ImportService>();
        builder.Services.AddHostedService<ImportWorker>();
        return builder;
    }
}
