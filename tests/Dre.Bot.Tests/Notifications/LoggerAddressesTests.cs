using Dre.Bot.Cards;
using Dre.Bot.Notifications;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Testing;

namespace Dre.Bot.Tests.Notifications;

/// <summary>Where an alert's reader writes to a contact's loggers: the address kept with each, or for rows from before it was kept, their participant entry.</summary>
public sealed class LoggerAddressesTests
{
    private static readonly UserContext Eva = new("eva", "Eva Schmidt", "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });

    [Fact]
    public void ALoggerWithAnAddress_IsReachedThere_WhetherListedAmongTheParticipantsOrNot()
    {
        var contact = Logged() with { CoeParticipants = [new CoeParticipant("Ana Lima", "ana.lima@coe.int", null)] };

        Assert.Equal([new ChatTarget("Eva Schmidt", "eva.schmidt@coe.int")], LoggerAddresses.Of(contact, readerId: "ben"));
        Assert.Empty(LoggerAddresses.Of(contact, readerId: "eva"));
        Assert.Empty(LoggerAddresses.Of(contact with { Confidentiality = Confidentiality.Restricted }, readerId: "ben"));
    }

    [Fact]
    public void ALoggerStoredWithoutAnAddress_IsFoundByName_AmongTheParticipants_OrHasNoButton()
    {
        var old = Logged() with { Loggers = [new LoggedBy("eva", "Eva Schmidt", TestClock.Now)] };

        var listed = old with { CoeParticipants = [new CoeParticipant(" eva schmidt ", "eva.s@coe.int", "DGI")] };
        Assert.Equal([new ChatTarget("Eva Schmidt", "eva.s@coe.int")], LoggerAddresses.Of(listed, readerId: "ben"));
        Assert.Empty(LoggerAddresses.Of(old with { CoeParticipants = [new CoeParticipant("Ana Lima", "ana.lima@coe.int", null)] }, readerId: "ben"));
    }

    [Fact]
    public void AContactLogged_KeepsTheAddressOfItsLogger()
    {
        Assert.Equal("eva.schmidt@coe.int", Assert.Single(Logged().Loggers).Email);
    }

    private static Contact Logged() => ContactFactory.Create(
        new ContactDraft { Kind = ContactKind.Meeting, Start = TestClock.Now.AddDays(-1), PartnerIds = ["japan"], Subject = "Consultations" },
        Eva,
        TestClock.Now,
        _ => true);
}
