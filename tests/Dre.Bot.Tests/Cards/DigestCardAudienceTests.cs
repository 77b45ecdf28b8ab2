using Dre.Bot.Cards;
using Dre.Bot.Tests.Digest;
using Dre.Core.Localization;

using static Dre.Bot.Tests.Cards.CardTexts;

namespace Dre.Bot.Tests.Cards;

/// <summary>The card of a week with a restricted contact, built from the digest each reader gets through the visibility policy.</summary>
public sealed class DigestCardAudienceTests(DigestWeekFixture week) : IClassFixture<DigestWeekFixture>
{
    private static readonly CardContext English = new(Texts.English, CardGallery.Partners, CardGallery.Links, CardGallery.Now);

    [Fact]
    public void ForStaffOutsideItsAudience_ARestrictedContactIsNeitherShownNorCounted()
    {
        var forLogger = week.For(DigestWeekFixture.Eva);
        var osce = forLogger.Portfolios.SelectMany(p => p.Partners).Single(a => a.Partner.Id == "osce").Partner.Name.En + " · ";

        var staff = TextsOf(DigestCard.Build(week.For(DigestWeekFixture.OtherStaff), English, null));
        var logger = TextsOf(DigestCard.Build(forLogger, English, null));

        Assert.Contains("3 contacts with 2 partners", logger);
        Assert.Contains(osce + "1 contact", logger);
        Assert.Contains("2 contacts with 1 partner", staff);
        Assert.DoesNotContain(staff, t => t.StartsWith(osce, StringComparison.Ordinal) || t.Contains("Sensitive", StringComparison.Ordinal));
    }
}
