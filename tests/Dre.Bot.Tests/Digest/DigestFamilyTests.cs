using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Localization;
using Dre.Core.Partners;
using Dre.Service.Digest;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Digest;

/// <summary>
/// A week with the EU and its bodies, and a week ahead with planned contacts that overlap: the digest groups a family
/// together and says which planned contacts overlap, as each reader may see them.
/// </summary>
public sealed class DigestFamilyFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Slot = new(2024, 6, 17, 8, 0, 0, TimeSpan.FromHours(2));
    public static readonly UserContext Officer = new("officer", "DRE Officer", "officer@coe.int", new HashSet<Role> { Role.Staff, Role.DreOfficer });
    public static readonly UserContext Staff = new("staff", "Someone Else", "someone@coe.int", new HashSet<Role> { Role.Staff });
    private static readonly DigestSchedule Weekly = DigestSchedule.From(new DigestOptions(), DigestFrequency.Weekly);
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
    private readonly ApiFixture api = new();

    public WeeklyDigest ForOfficer { get; private set; } = null!;
    public WeeklyDigest ForStaff { get; private set; } = null!;
    public IPartnerDirectory Directory => api.Factory.Services.GetRequiredService<IPartnerDirectory>();

    public async Task InitializeAsync()
    {
        await api.InitializeAsync();
        var contacts = api.Factory.Services.GetRequiredService<ContactService>();
        var week = new DateTimeOffset(2024, 6, 10, 10, 0, 0, TimeSpan.FromHours(2));
        await contacts.LogAsync(Draft("eeas", week, "DG II", "Human rights dialogue"), Eva);
        await contacts.LogAsync(Draft("eeas", week.AddDays(1), "DG I", "Rule of law mission"), Eva);
        await contacts.LogAsync(Draft("european-commission", week.AddDays(2), "DGI", "Joint programmes"), Eva);
        await contacts.LogAsync(Draft("eu", week.AddDays(3), "DRE", "Senior officials' meeting"), Eva);
        await contacts.LogAsync(Draft("morocco", week.AddDays(4), "DRE", "Neighbourhood partnership"), Eva);
        var ahead = Slot.AddDays(1);
        await contacts.LogAsync(Draft("tunisia", ahead, "DG I", "Judicial reform mission"), Eva);
        await contacts.LogAsync(Draft("tunisia", ahead.AddDays(2), "Venice Commission", "Constitutional review"), Eva);
        await contacts.LogAsync(Draft("jordan", ahead, "DRE", "Visit to Amman"), Eva);
        await contacts.LogAsync(Draft("jordan", ahead.AddDays(1), "DG II", "Sensitive consultation") with { Confidentiality = Confidentiality.Restricted }, Eva);
        await contacts.LogAsync(Draft("egypt", ahead, "DRE", "No other MAE meets Egypt"), Eva);

        var builder = api.Factory.Services.GetRequiredService<DigestBuilder>();
        ForOfficer = await builder.BuildAsync(Weekly, Slot, Officer);
        ForStaff = await builder.BuildAsync(Weekly, Slot, Staff);
    }

    public Task DisposeAsync() => api.DisposeAsync();

    private static ContactDraft Draft(string partnerId, DateTimeOffset start, string mae, string subject) => new()
    {
        Kind = ContactKind.Meeting,
        Start = start,
        PartnerIds = [partnerId],
        Subject = subject,
        CoeParticipants = [new CoeParticipant("Someone", null, mae)],
        Source = ContactSource.Teams,
    };
}

public sealed class DigestFamilyTests(DigestFamilyFixture week) : IClassFixture<DigestFamilyFixture>
{
    [Fact]
    public void AFamily_IsTogether_ItsHeadFirst_ThenItsBusiestBody_EachBodyLabelledWithTheHead()
    {
        var eu = Section(week.ForOfficer, Portfolio.Eu).Partners;

        Assert.Equal(["eu", "eeas", "european-commission"], eu.Select(a => a.Partner.Id));
        Assert.Null(eu[0].Family);
        Assert.All(eu.Skip(1), a => Assert.Equal("eu", a.Family?.Id));
    }

    [Fact]
    public void PlannedContacts_ThatOverlap_NameTheOtherSide_AndThoseThatDoNot_AreNotFlagged()
    {
        var section = Section(week.ForOfficer, Portfolio.Neighbourhood);
        var overlaps = section.PlannedOverlaps.ToDictionary(o => Subject(section, o.ContactId), o => o.Other.Subject);

        Assert.Equal("Constitutional review", overlaps["Judicial reform mission"]);
        Assert.Equal("Judicial reform mission", overlaps["Constitutional review"]);
        Assert.Equal("Sensitive consultation", overlaps["Visit to Amman"]);
        Assert.DoesNotContain("No other MAE meets Egypt", overlaps.Keys);
    }

    [Fact]
    public void APlannedOverlap_WithARestrictedContact_IsNotFlaggedForAReaderOutsideItsAudience()
    {
        var section = Section(week.ForStaff, Portfolio.Neighbourhood);

        Assert.Contains(section.Planned, c => c.Subject == "Visit to Amman");
        Assert.DoesNotContain(section.PlannedOverlaps, o => Subject(section, o.ContactId) == "Visit to Amman");
        Assert.DoesNotContain(section.PlannedOverlaps, o => o.Other.Subject == "Sensitive consultation");
        Assert.Contains(section.PlannedOverlaps, o => o.Other.Subject == "Constitutional review");
    }

    [Theory]
    [InlineData(Language.English, "Overlap ahead: Someone (Venice Commission) also meets Tunisia", "European Union family")]
    [InlineData(Language.French, "Chevauchement à venir : Someone (Venice Commission) rencontre aussi Tunisie", "famille Union européenne")]
    public async Task TheEmail_FlagsThePlannedOverlaps_AndLabelsABodyWithItsFamily(Language language, string overlap, string family)
    {
        var context = new CardContext(Texts.For(language), await week.Directory.GetSnapshotAsync(), CardLinks.None, DigestFamilyFixture.Slot);

        var html = DigestHtml.Render(week.ForOfficer, context);

        Assert.Contains(System.Net.WebUtility.HtmlEncode(overlap), html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(family), html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sensitive consultation", DigestHtml.Render(week.ForStaff, context), StringComparison.Ordinal);
    }

    private static PortfolioDigest Section(WeeklyDigest digest, Portfolio portfolio) => digest.Portfolios.Single(p => p.Portfolio == portfolio);

    private static string Subject(PortfolioDigest section, string contactId) => section.Planned.Single(c => c.ContactId == contactId).Subject;
}
