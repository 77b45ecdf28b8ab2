using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Partners;
using Dre.Testing;

namespace Dre.Core.Tests.Partners;

/// <summary>Partner families as the shipped directory draws them, and overlaps found across a family.</summary>
public sealed class PartnerFamilyTests
{
    private static readonly PartnerSnapshot Snapshot = new(SeedDirectory.Partners, TestClock.Now);

    [Theory]
    [InlineData("fra", "eu")]
    [InlineData("eige", "eu")]
    [InlineData("eu", "eu")]
    [InlineData("odihr", "osce")]
    [InlineData("unhcr", "un")]
    [InlineData("morocco", "morocco")]
    [InlineData("no-such-partner", "no-such-partner")]
    public void EveryPartner_BelongsToTheFamilyOfItsTopmostParent(string partnerId, string family) =>
        Assert.Equal(family, Snapshot.FamilyOf(partnerId));

    [Fact]
    public void AFamily_HasItsTopAndEveryBodyBelowIt()
    {
        var eu = Snapshot.MembersOf("eu").Select(p => p.Id).ToList();

        Assert.Contains("eu", eu);
        Assert.Contains("fra", eu);
        Assert.Contains("european-parliament", eu);
        Assert.DoesNotContain("osce", eu);
        Assert.All(eu, id => Assert.Equal("eu", Snapshot.FamilyOf(id)));
    }

    [Fact]
    public void AParentCycleInAHandEditedStore_EndsInsteadOfLooping()
    {
        var cycle = new PartnerSnapshot([Partner("a", parent: "b"), Partner("b", parent: "a")], TestClock.Now);

        Assert.Contains(cycle.FamilyOf("a"), new[] { "a", "b" });
    }

    [Fact]
    public void TwoMaesMeetingTwoBodiesOfOneFamily_AreAnOverlapOfTheFamily_OnlyWhenFamiliesAreAsked()
    {
        var fra = Summary("c1", "fra", "DGI", TestClock.Now.AddDays(2));
        var eige = Summary("c2", "eige", "DGII", TestClock.Now.AddDays(6));
        var odihr = Summary("c3", "odihr", "DGIII", TestClock.Now.AddDays(4));

        var overlap = Assert.Single(OverlapFinder.Find([fra, eige, odihr], TimeSpan.FromDays(14), Snapshot.FamilyOf));
        Assert.Equal(("eu", "c1", "c2"), (overlap.PartnerId, overlap.First.ContactId, overlap.Second.ContactId));
        Assert.Empty(OverlapFinder.Find([fra, eige, odihr], TimeSpan.FromDays(14)));
    }

    [Fact]
    public void AContactWithTwoBodiesOfOneFamily_IsCountedOnceInIt()
    {
        var both = Summary("c1", "fra", "DGI", TestClock.Now) with { PartnerIds = ["fra", "eige"] };
        var other = Summary("c2", "eu", "DGII", TestClock.Now.AddDays(1));

        Assert.Single(OverlapFinder.Find([both, other], TimeSpan.FromDays(14), Snapshot.FamilyOf));
    }

    private static Partner Partner(string id, string parent) => SeedDirectory.Get("eu") with { Id = id, ParentId = parent };

    private static ContactSummary Summary(string id, string partnerId, string mae, DateTimeOffset start) => new()
    {
        ContactId = id,
        Kind = ContactKind.Meeting,
        Start = start,
        Subject = "Subject " + id,
        PartnerIds = [partnerId],
        CoeParticipants = [new CoeParticipant("Someone", null, mae)],
        LoggedBy = ["Someone"],
        Confidentiality = Confidentiality.Internal,
        Source = ContactSource.Api,
    };
}
