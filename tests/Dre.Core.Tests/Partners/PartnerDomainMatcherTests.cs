using Dre.Core.Partners;

namespace Dre.Core.Tests.Partners;

public class PartnerDomainMatcherTests
{
    private static PartnerDomainMatcher Matcher => SeedDirectory.Matcher;

    [Theory]
    [InlineData("x@delegation.eeas.europa.eu", "eeas")]
    [InlineData("x@eeas.europa.eu", "eeas")]
    [InlineData("y@fra.europa.eu", "fra")]
    [InlineData("z@odihr.pl", "odihr")]
    [InlineData("a.b@ec.europa.eu", "european-commission")]
    [InlineData("a.b@europarl.europa.eu", "european-parliament")]
    [InlineData("a.b@consilium.europa.eu", "council-of-the-eu")]
    [InlineData("someone@eca.europa.eu", "eu")]
    [InlineData("a@osce.org", "osce")]
    [InlineData("a@unhcr.org", "unhcr")]
    [InlineData("a@geneva.un.org", "un")]
    [InlineData("a@diplomatie.ma", "morocco")]
    [InlineData("a@state.gov", "united-states")]
    [InlineData("a@vatican.va", "holy-see")]
    [InlineData("  Jean.Dupont@EC.Europa.EU ", "european-commission")]
    public void Match_PartnerDomainOrSubdomain_FindsTheMostSpecificPartner(string address, string expectedId)
    {
        var match = Matcher.Match(address);

        Assert.Equal(EmailMatchKind.Partner, match.Kind);
        Assert.Equal(expectedId, match.Partner?.Id);
    }

    [Fact]
    public void Match_EveryDomainOfTheSeed_MapsBackToItsPartner()
    {
        Assert.All(SeedDirectory.Partners.SelectMany(partner => partner.Domains.Select(domain => (partner.Id, domain))), entry =>
            Assert.Equal(entry.Id, Matcher.Match("someone@" + entry.domain).Partner?.Id));
    }

    [Theory]
    [InlineData("jean.dupont@coe.int")]
    [InlineData("J.Dupont@COE.INT")]
    [InlineData("secretariat@venice.coe.int")]
    public void Match_CouncilOfEuropeAddress_IsOurSide(string address)
    {
        var match = Matcher.Match(address);

        Assert.Equal(EmailMatchKind.OurSide, match.Kind);
        Assert.Null(match.Partner);
    }

    [Theory]
    [InlineData("someone@gmail.com")]
    [InlineData("someone@outlook.com")]
    [InlineData("someone@hotmail.fr")]
    [InlineData("someone@hotmail.co.uk")]
    [InlineData("someone@yahoo.fr")]
    [InlineData("someone@gmx.de")]
    [InlineData("someone@gmx.net")]
    [InlineData("someone@proton.me")]
    [InlineData("someone@protonmail.com")]
    [InlineData("someone@icloud.com")]
    [InlineData("someone@orange.fr")]
    [InlineData("someone@free.fr")]
    [InlineData("someone@laposte.net")]
    [InlineData("someone@web.de")]
    public void Match_FreeMailAddress_IsNeverAttributed(string address)
    {
        var match = Matcher.Match(address);

        Assert.Equal(EmailMatchKind.FreeMail, match.Kind);
        Assert.Null(match.Partner);
    }

    [Theory]
    [InlineData("someone@example.org")]
    [InlineData("someone@notcoe.int")]
    [InlineData("someone@fakeun.org")]
    [InlineData("someone@un.org.example.com")]
    [InlineData("someone@europa.eu.example.com")]
    public void Match_DomainOfNoPartner_IsUnknown(string address)
    {
        var match = Matcher.Match(address);

        Assert.Equal(EmailMatchKind.Unknown, match.Kind);
        Assert.Null(match.Partner);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    [InlineData("@coe.int")]
    [InlineData("someone@")]
    [InlineData("someone@localhost")]
    [InlineData("a@@coe.int")]
    [InlineData("a@b@coe.int")]
    [InlineData("jean dupont@coe.int")]
    [InlineData("Jean Dupont <jean.dupont@coe.int>")]
    [InlineData(".jean@coe.int")]
    [InlineData("jean..dupont@coe.int")]
    [InlineData("jean@-coe.int")]
    [InlineData("jean@coe..int")]
    [InlineData("jean@10.0.0.1")]
    public void Match_MalformedAddress_IsInvalid(string address)
    {
        var match = Matcher.Match(address);

        Assert.Equal(EmailMatchKind.Invalid, match.Kind);
        Assert.Null(match.Partner);
    }

    [Fact]
    public void Match_Address_IsReportedTrimmedAndLowerCased()
    {
        Assert.Equal("jean.dupont@ec.europa.eu", Matcher.Match("  Jean.Dupont@EC.Europa.EU ").Address);
    }
}
