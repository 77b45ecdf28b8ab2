using Dre.Core.Partners;

namespace Dre.Core.Tests.Partners;

public class PartnerDirectoryValidatorTests
{
    [Fact]
    public void Validate_WellFormedDirectory_Passes()
    {
        PartnerDirectoryValidator.Validate([Make("osce", domains: ["osce.org"]), Make("odihr", "osce", ["odihr.pl"])]);
    }

    [Fact]
    public void Validate_DuplicateId_ThrowsNamingIt()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => PartnerDirectoryValidator.Validate([Make("osce"), Make("osce")]));

        Assert.Contains("'osce'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Morocco")]
    [InlineData("holy see")]
    [InlineData("holy_see")]
    [InlineData("-eu")]
    [InlineData("eu-")]
    [InlineData("liaison--office")]
    [InlineData("saint-siège")]
    [InlineData("")]
    public void Validate_IdOutsideLowercaseAsciiDigitsAndHyphens_ThrowsNamingIt(string id)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => PartnerDirectoryValidator.Validate([Make(id)]));

        Assert.Contains($"'{id}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownParent_ThrowsNamingTheChild()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => PartnerDirectoryValidator.Validate([Make("odihr", "osce")]));

        Assert.Contains("'odihr'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'osce'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ParentCycle_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PartnerDirectoryValidator.Validate([Make("a", "b"), Make("b", "a")]));
    }

    [Fact]
    public void Validate_DomainOfTwoPartners_ThrowsNamingBoth()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            PartnerDirectoryValidator.Validate([Make("un", domains: ["un.org"]), Make("unece", domains: ["un.org"])]));

        Assert.Contains("'unece'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'un'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("hotmail.fr")]
    [InlineData("coe.int")]
    [InlineData("venice.coe.int")]
    [InlineData("OSCE.org")]
    [InlineData("osce")]
    [InlineData("osce .org")]
    public void Validate_DomainThatCannotIdentifyThePartner_Throws(string domain)
    {
        Assert.Throws<InvalidOperationException>(() => PartnerDirectoryValidator.Validate([Make("osce", domains: [domain])]));
    }

    [Theory]
    [InlineData("", "Maroc")]
    [InlineData("Morocco", " ")]
    public void Validate_NameMissingInALanguage_Throws(string english, string french)
    {
        var partner = Make("morocco") with { Name = new LocalizedText(english, french) };

        Assert.Throws<InvalidOperationException>(() => PartnerDirectoryValidator.Validate([partner]));
    }

    [Fact]
    public void Validate_AliasWithoutLetters_Throws()
    {
        var partner = Make("morocco") with { Aliases = ["MA", "--"] };

        Assert.Throws<InvalidOperationException>(() => PartnerDirectoryValidator.Validate([partner]));
    }

    private static Partner Make(string id, string? parentId = null, string[]? domains = null) => new()
    {
        Id = id,
        Kind = parentId is null ? PartnerKind.Organisation : PartnerKind.Institution,
        Portfolio = Portfolio.OtherOrganisations,
        Name = new LocalizedText(id + " (en)", id + " (fr)"),
        ParentId = parentId,
        Domains = domains ?? [],
    };
}
