using Azure;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Microsoft.Extensions.Options;

namespace Dre.Service.Demo;

/// <summary>
/// Logs demo contacts through the same service as the API, once per store: a marker row claims the seeding so that a
/// second start (or a second instance) leaves the data as it is.
/// </summary>
public sealed class DemoContactsSeeder(
    IOptions<DemoOptions> options,
    StoreTables tables,
    IPartnerDirectory directory,
    ContactService contacts,
    TimeProvider time,
    ILogger<DemoContactsSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedContacts)
        {
            return;
        }

        try
        {
            await tables.Journal.AddEntityAsync(new TableEntity("demo", "seeded") { ["At"] = time.GetUtcNow() }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            logger.LogInformation("Demo contacts were seeded before; keeping the data as it is");
            return;
        }

        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var drafts = DemoContacts.Build(snapshot, time.GetUtcNow());
        foreach (var (draft, loggerEmail) in drafts)
        {
            // Loggers are recorded by object id: the one a development token for this address carries.
            var user = new UserContext(Auth.DevelopmentIssuer.ObjectIdOf(loggerEmail), Auth.DevelopmentIssuer.DisplayNameOf(loggerEmail), loggerEmail, new HashSet<Role> { Role.Staff });
            await contacts.LogAsync(draft, user, cancellationToken);
        }

        logger.LogInformation("Seeded {Count} demo contacts", drafts.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
