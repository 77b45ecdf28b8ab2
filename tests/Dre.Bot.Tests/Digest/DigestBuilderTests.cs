using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Localization;
using Dre.Core.Partners;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Digest;

/// <summary>One week of contacts, logged once, and the digest a manager gets for it.</summary>
public sealed class DigestWeekFixture : IAsyncLifetime
{
    private static readonly DigestSchedule Weekly = DigestSchedule.From(new DigestOptions(), DigestFrequency.Weekly);
    private static readonly DateTimeOffset Slot = new(2024, 6, 17, 8, 0, 0, TimeSpan.FromHours(2));
    private static readonly UserContext Manager = new("manager", "Head of Division", "head@coe.int", new HashSet<Role> { Role.Staff, Role.Manager });
    private readonly ApiFixture api = new();
    private DigestBuilder _builder = null!;
    private DigestSlot _data = null!;

    /// <summary>Who logged the week's contacts, the restricted one with them: in its audience.</summary>
    public static UserContext Eva { get; } = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });

    /// <summary>A member of staff outside the restricted contact's audience.</summary>
    public static UserContext OtherStaff { get; } = new("tom", "Tom Müller", "tom.muller@coe.int", new HashSet<Role> { Role.Staff });

    public WeeklyDigest Digest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await api.InitializeAsync();
        var contacts = api.Factory.Services.GetRequiredService<ContactService>();
        var at = new DateTimeOffset(2024, 6, 10, 10, 0, 0, TimeSpan.FromHours(2));
        await contacts.LogAsync(Draft("morocco", at, "DG I", "Justice reform", [new FollowUpDraft("Send the expert report", "eva.schmidt@coe.int", null, new DateOnly(2024, 6, 14))]), Eva);
        await contacts.LogAsync(Draft("morocco", at.AddDays(2), "Venice Commission", "Electoral code opinion"), Eva);
        await contacts.LogAsync(Draft("osce", at.AddDays(3), "DG II", "Sensitive consultation") with { Confidentiality = Confidentiality.Restricted }, Eva);
        await contacts.LogAsync(Draft("eu", at.AddDays(8), "DRE", "Senior officials' meeting"), Eva);
        await contacts.LogAsync(Draft("japan", at.AddDays(-30), "DRE", "Earlier contact"), Eva);

        _builder = api.Factory.Services.GetRequiredService<DigestBuilder>();
        _data = await _builder.SlotAsync(Weekly, Slot);
        Digest = For(Manager);
    }

    /// <summary>The week's digest as <paramref name="reader"/> may see it.</summary>
    public WeeklyDigest For(UserContext reader) => _builder.For(Weekly, _data, reader);

    public Task DisposeAsync() => api.DisposeAsync();

    private static ContactDraft Draft(string partnerId, DateTimeOffset start, string mae, string subject, IReadOnlyList<FollowUpDraft>? followUps = null) => new()
    {
        Kind = ContactKind.Meeting,
        Start = start,
        PartnerIds = [partnerId],
        Subject = subject,
        CoeParticipants = [new CoeParticipant("Someone", null, mae)],
        FollowUps = followUps,
        Source = ContactSource.Teams,
    };
}

public sealed class DigestBuilderTests(DigestWeekFixture week) : IClassFixture<DigestWeekFixture>
{
    private WeeklyDigest Digest => week.Digest;

    [Fact]
    public void Digest_CoversTheWeekBeforeTheSlot()
    {
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 0, 0, 0, TimeSpan.FromHours(2)), Digest.From);
        Assert.Equal(new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.FromHours(2)), Digest.To);
    }

    [Fact]
    public void Digest_GroupsTheWeeksContactsByPortfolioAndPartner()
    {
        var neighbourhood = Section(Portfolio.Neighbourhood);

        var morocco = Assert.Single(neighbourhood.Partners);
        Assert.Equal("morocco", morocco.Partner.Id);
        Assert.Equal(["Justice reform", "Electoral code opinion"], morocco.Contacts.Select(c => c.Subject));
    }

    [Fact]
    public void Digest_FlagsTwoMaesMeetingOnePartner()
    {
        var overlap = Assert.Single(Section(Portfolio.Neighbourhood).Overlaps);

        Assert.Equal("Justice reform", overlap.First.Subject);
        Assert.Equal("Electoral code opinion", overlap.Second.Subject);
    }

    [Fact]
    public void Digest_ForAManager_HidesRestrictedContacts_AndSaysNothingOfThem()
    {
        Assert.Empty(Section(Portfolio.Osce).Partners);
        Assert.DoesNotContain(Digest.Portfolios.SelectMany(p => p.Partners).SelectMany(a => a.Contacts), c => c.Confidentiality == Confidentiality.Restricted);
    }

    [Fact]
    public void Digest_ListsNextWeeksPlannedContactsAndTheFollowUps()
    {
        Assert.Equal("Senior officials' meeting", Assert.Single(Section(Portfolio.Eu).Planned).Subject);
        Assert.Equal("Send the expert report", Assert.Single(Section(Portfolio.Neighbourhood).NewFollowUps).Text);
        Assert.Contains(Section(Portfolio.Neighbourhood).OverdueFollowUps, f => f.Text == "Send the expert report");
    }

    [Fact]
    public void Digest_NamesPartnersGoneQuiet_AndNotThoseMetRecently()
    {
        var quiet = Digest.Portfolios.SelectMany(p => p.QuietPartners).Select(p => p.Id).ToList();

        Assert.Contains("tunisia", quiet);
        Assert.DoesNotContain("morocco", quiet);
        Assert.DoesNotContain("japan", quiet);
    }

    [Fact]
    public void Chart_CountsEachOfTheLastWeeksByPortfolio()
    {
        Assert.Equal(8, Digest.Chart.Count);
        var week = Assert.Single(Digest.Chart, w => w.Week == "2024-W24");
        Assert.Equal(2, week.Contacts[Portfolio.Neighbourhood]);
        // The week's one OSCE contact is restricted, and the manager is not in its audience: a chart counts only what its reader may see.
        Assert.Equal(0, week.Contacts[Portfolio.Osce]);
    }

    [Fact]
    public void ChartPng_IsAPngOfTheDeclaredSize()
    {
        var png = DigestChart.RenderPng(Digest.Chart, Texts.English);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Equal(DigestChart.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(DigestChart.Height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.InRange(png.Length, 200, DigestChart.MaxPngBytes);
    }

    private PortfolioDigest Section(Portfolio portfolio) => Digest.Portfolios.Single(p => p.Portfolio == portfolio);
}
