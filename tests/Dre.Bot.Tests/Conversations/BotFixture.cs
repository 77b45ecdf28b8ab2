using Dre.Bot.Conversations;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Conversations;

/// <summary>The composed service over Azurite (tables of its own), with the bot resolved from it; Teams' member API is the only fake.</summary>
public sealed class BotFixture : IAsyncLifetime
{
    public static readonly TeamsUser Eva = new("00000000-0000-0000-0000-00000000e0a1", "Eva Schmidt", "eva.schmidt@coe.int");
    public static readonly TeamsUser Jan = new("00000000-0000-0000-0000-00000000a0a2", "Jan Novak", "jan.novak@coe.int");
    public static readonly TeamsUser Anne = new("00000000-0000-0000-0000-0000000a0e03", "Anne Dupont", "anne.dupont@coe.int");
    public static readonly TeamsUser NoEmail = new("00000000-0000-0000-0000-00000000f0f4", "Guest User", null);
    public static readonly TeamsUser Marc = new("00000000-0000-0000-0000-0000000a0a05", "Marc Lefebvre", "marc.lefebvre@coe.int");
    public static readonly TeamsUser Ada = new("00000000-0000-0000-0000-0000000ad006", "Ada Kowalska", "ada.kowalska@coe.int");
    public static readonly TeamsUser Ines = new("00000000-0000-0000-0000-00000001e007", "Ines Almeida", "ines.almeida@coe.int");

    /// <summary>A guest in our tenant (Teams gives <c>userRole</c> guest), whose roster even gives a DRE officer's address.</summary>
    public static readonly TeamsUser Guest = new("00000000-0000-0000-0000-0000000b0e08", "Visiting Guest", "anne.dupont@coe.int", IsGuest: true);

    // Roles are granted by Entra object id: Anne is the DRE officer of these conversations, Marc a manager, Ada an admin.
    private readonly DreApiFactory _root = new(new Dictionary<string, string?>
    {
        ["Roles:DreOfficers:0"] = Anne.AadObjectId,
        ["Roles:Managers:0"] = Marc.AadObjectId,
        ["Roles:Admins:0"] = Ada.AadObjectId,
    });

    public IServiceProvider Services { get; private set; } = null!;

    public IBot Bot => Services.GetRequiredService<IBot>();

    public ContactService Contacts => Services.GetRequiredService<ContactService>();

    public IPartnerDirectory Directory => Services.GetRequiredService<IPartnerDirectory>();

    public Task InitializeAsync()
    {
        var factory = _root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMemberAddresses>(new KnownAddresses([Eva, Jan, Anne, NoEmail, Marc, Ada, Ines, Guest]))));
        Services = factory.Services;
        return Task.CompletedTask;
    }

    public BotConversation Conversation(TeamsUser user, string locale = "en-US", string conversationType = "personal") => new(Bot, user, locale, conversationType);

    public static UserContext ContextOf(TeamsUser user, params Role[] roles) =>
        new(user.AadObjectId, user.Name, user.Email, new HashSet<Role>([Role.Staff, .. roles]));

    public async Task<Contact> LogAsync(TeamsUser user, string partnerId, string subject, DateTimeOffset start, params FollowUpDraft[] followUps) =>
        (await Contacts.LogAsync(new ContactDraft
        {
            Kind = ContactKind.Meeting,
            Start = start,
            PartnerIds = [partnerId],
            Subject = subject,
            Source = ContactSource.Api,
            CoeParticipants = [new CoeParticipant(user.Name, user.Email, "DG I")],
            FollowUps = followUps,
        }, ContextOf(user))).Contact!;

    public async Task DisposeAsync() => await _root.DisposeAsync();

    /// <summary>Teams' member API, as a table of who is who.</summary>
    private sealed class KnownAddresses(IReadOnlyList<TeamsUser> users) : IMemberAddresses
    {
        public Task<IReadOnlyList<string>> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>(users.FirstOrDefault(u => u.AadObjectId == turnContext.Activity.From?.AadObjectId)?.Email is { } email ? [email] : []);
    }
}

public sealed record TeamsUser(string AadObjectId, string Name, string? Email, bool IsGuest = false);
