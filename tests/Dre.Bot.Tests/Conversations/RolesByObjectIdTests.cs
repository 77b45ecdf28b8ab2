using Dre.Bot.Conversations;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Dre.Bot.Tests.Conversations;

/// <summary>
/// The bot grants roles by Entra object id: from the directory's app role assignments (Entra ID, mocked here; the Graph
/// client is tested against a local Graph) or from the configured ids, never from the e-mail address a roster gives.
/// </summary>
public sealed class RolesByObjectIdTests : IAsyncLifetime
{
    private readonly Mock<IAppRoleAssignments> _directory = new();
    private DreApiFactory _factory = null!;
    private IServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _directory.Setup(d => d.RolesOfAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(new HashSet<Role>());
        _directory.Setup(d => d.RolesOfAsync(BotFixture.Jan.AadObjectId, It.IsAny<CancellationToken>())).ReturnsAsync(new HashSet<Role> { Role.DreOfficer });
        // Anne is a DRE officer by her object id; her address, which any roster may report, is not what grants it.
        _factory = new DreApiFactory(new Dictionary<string, string?> { ["Roles:DreOfficers:0"] = BotFixture.Anne.AadObjectId });
        _services = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton(_directory.Object));
            s.AddSingleton<IMemberAddresses>(new RosterAddresses());
        })).Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task AnAppRoleAssignedInEntra_MakesAnOfficer_WhoSeesRestrictedContacts()
    {
        var subject = await LogRestrictedAsync();

        var asOfficer = await new BotConversation(_services.GetRequiredService<IBot>(), BotFixture.Jan, "en-US", "personal").SayAsync("status Chile");

        Assert.Contains(subject, asOfficer.AllText, StringComparison.Ordinal);
        _directory.Verify(d => d.RolesOfAsync(BotFixture.Jan.AadObjectId, It.IsAny<CancellationToken>()), Times.AtLeastOnce());
    }

    [Fact]
    public async Task AnOfficersEmailAddress_GrantsNothing_ToAnotherObjectId()
    {
        var subject = await LogRestrictedAsync();
        // Someone whose roster gives the address of the configured officer, with an object id of their own.
        var impostor = new TeamsUser("00000000-0000-0000-0000-0000000bad01", "Anne Dupont", "anne.dupont@coe.int");

        var turn = await new BotConversation(_services.GetRequiredService<IBot>(), impostor, "en-US", "personal").SayAsync("status Chile");

        Assert.DoesNotContain(subject, turn.AllText, StringComparison.Ordinal);
    }

    private async Task<string> LogRestrictedAsync()
    {
        var subject = "Restricted by role " + Guid.NewGuid().ToString("N")[..8];
        var writer = new UserContext("00000000-0000-0000-0000-00000000c0c0", "Carla Writer", "carla.writer@coe.int", new HashSet<Role> { Role.Staff });
        await _services.GetRequiredService<ContactService>().LogAsync(new ContactDraft
        {
            Kind = ContactKind.Meeting, Start = TestClock.Now.AddDays(-2), PartnerIds = ["chile"], Subject = subject,
            Source = ContactSource.Api, Confidentiality = Confidentiality.Restricted,
        }, writer);
        return subject;
    }

    /// <summary>Teams' roster: it reports whatever address the member's home tenant gives them.</summary>
    private sealed class RosterAddresses : IMemberAddresses
    {
        public Task<IReadOnlyList<string>> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>([turnContext.Activity.From?.AadObjectId == BotFixture.Jan.AadObjectId ? BotFixture.Jan.Email! : "anne.dupont@coe.int"]);
    }
}
