using Dre.Core.Partners;
using Microsoft.Extensions.Hosting;

namespace Dre.Core.Storage;

/// <summary>Creates missing tables and brings the partner directory up to date, once, before the service takes requests.</summary>
public sealed class StoreInitializer(StoreTables tables, TablePartnerDirectory directory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await tables.CreateIfMissingAsync(StoreTables.Names, cancellationToken);
        await directory.SeedAsync(PartnerDirectorySeed.Load(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
