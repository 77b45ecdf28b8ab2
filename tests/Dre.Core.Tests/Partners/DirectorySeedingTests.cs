using System.Text.Json;
using Azure.Data.Tables;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Tests.Storage;
using Dre.Testing;

namespace Dre.Core.Tests.Partners;

/// <summary>Every start seeds the directory again; what DRE officers changed in it since must come through a restart.</summary>
public sealed class DirectorySeedingTests
{
    private static readonly UserContext Officer = new("anne", "Anne Dupont", "anne.dupont@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });

    [Fact]
    public async Task Restart_KeepsADomainAnOfficerAdded_AndAddsThePartnersNewInTheSeed()
    {
        using var first = await StoreInstance.StartAsync(TestClock.Pinned());
        await first.Directory.AddDomainAsync("jordan", "jordan-liaison.example.org", Officer);
        var newcomer = SeedDirectory.Get("morocco") with { Id = "new-partner", Name = new("New partner", "Nouveau partenaire"), Aliases = [], Domains = ["new-partner.example.org"] };

        using var restarted = await StoreInstance.StartAsync(TestClock.Pinned(), first.Prefix, [.. SeedDirectory.Partners, newcomer]);

        var snapshot = await restarted.Directory.GetSnapshotAsync();
        Assert.Contains("jordan-liaison.example.org", snapshot.Find("jordan")!.Domains);
        Assert.Contains("mfa.gov.jo", snapshot.Find("jordan")!.Domains);
        Assert.Equal("jordan", snapshot.Domains.Match("envoy@jordan-liaison.example.org").Partner?.Id);
        Assert.Equal("new-partner", snapshot.Domains.Match("desk@new-partner.example.org").Partner?.Id);
    }

    [Fact]
    public async Task AnEditOnOneInstance_IsResolvedOnAnotherWithinItsRefresh_AndARestartKeepsIt()
    {
        var clock = TestClock.Pinned();
        using var first = await StoreInstance.StartAsync(clock, seed: [SeedDirectory.Get("jordan"), SeedDirectory.Get("osce")]);
        using var second = await StoreInstance.StartAsync(clock, first.Prefix, [SeedDirectory.Get("jordan"), SeedDirectory.Get("osce")]);
        Assert.Null((await second.Directory.GetSnapshotAsync()).Resolver.Resolve("Hashemite Kingdom liaison").Match);
        var jordan = (await first.Directory.GetSnapshotAsync()).Find("jordan")!;

        await first.PartnerEdits.UpdateAsync("jordan", new PartnerInput { Aliases = [.. jordan.Aliases, "Hashemite Kingdom liaison"] }, jordan.Version, Officer);
        clock.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal("jordan", (await second.Directory.GetSnapshotAsync()).Resolver.Resolve("Hashemite Kingdom liaison").Match?.Id);
        using var restarted = await StoreInstance.StartAsync(clock, first.Prefix, [SeedDirectory.Get("jordan"), SeedDirectory.Get("osce")]);
        Assert.Contains("Hashemite Kingdom liaison", (await restarted.Directory.GetSnapshotAsync()).Find("jordan")!.Aliases);
    }

    [Fact]
    public async Task NewSeedVersion_ReplacesUneditedEntries_AndOnlyAddsToEditedOnes()
    {
        var jordan = SeedDirectory.Get("jordan");
        var morocco = SeedDirectory.Get("morocco");
        using var first = await StoreInstance.StartAsync(TestClock.Pinned(), seed: [jordan, morocco]);
        await first.Directory.AddDomainAsync("jordan", "jordan-liaison.example.org", Officer);

        var nextSeed = new[]
        {
            jordan with { Name = new("Jordan (renamed)", "Jordanie (renommée)"), Domains = [.. jordan.Domains, "petra.example.org"] },
            morocco with { Name = new("Morocco (renamed)", "Maroc (renommé)"), Domains = ["diplomatie.gov.ma"] },
        };
        using var restarted = await StoreInstance.StartAsync(TestClock.Pinned(), first.Prefix, nextSeed);

        var snapshot = await restarted.Directory.GetSnapshotAsync();
        Assert.Equal(["mfa.gov.jo", "jordan-liaison.example.org", "petra.example.org"], snapshot.Find("jordan")!.Domains);
        Assert.Equal("Jordan", snapshot.Find("jordan")!.Name.En);
        Assert.Equal("Morocco (renamed)", snapshot.Find("morocco")!.Name.En);
        Assert.Equal(["diplomatie.gov.ma"], snapshot.Find("morocco")!.Domains);
    }

    [Fact]
    public async Task NewSeedGivingAnotherPartnerAnOfficersDomain_LeavesItWithTheOfficersChoice()
    {
        var jordan = SeedDirectory.Get("jordan");
        var morocco = SeedDirectory.Get("morocco");
        using var first = await StoreInstance.StartAsync(TestClock.Pinned(), seed: [jordan, morocco]);
        await first.Directory.AddDomainAsync("jordan", "shared.example.org", Officer);

        using var restarted = await StoreInstance.StartAsync(TestClock.Pinned(), first.Prefix, [jordan, morocco with { Domains = [.. morocco.Domains, "shared.example.org"] }]);

        var snapshot = await restarted.Directory.GetSnapshotAsync();
        Assert.Equal("jordan", snapshot.Domains.Match("someone@shared.example.org").Partner?.Id);
        Assert.DoesNotContain("shared.example.org", snapshot.Find("morocco")!.Domains);
    }

    [Fact]
    public async Task Restart_KeepsADomainAddedToAnEntryTheEarlierSeedWrote()
    {
        var jordan = SeedDirectory.Get("jordan");
        using var first = await StoreInstance.StartAsync(TestClock.Pinned(), seed: []);

        // A row as stores written before entries carried their origin hold it: the directory facts, an officer's domain among them.
        var edited = jordan with { StateOfPlay = null, Domains = [.. jordan.Domains, "jordan-liaison.example.org"] };
        await first.Tables.Partners.AddEntityAsync(new TableEntity("partner", "jordan") { ["Directory"] = JsonSerializer.Serialize(edited, StoreJson.Options) });

        using var restarted = await StoreInstance.StartAsync(TestClock.Pinned(), first.Prefix, [jordan]);

        Assert.Contains("jordan-liaison.example.org", (await restarted.Directory.GetSnapshotAsync()).Find("jordan")!.Domains);
    }
}
