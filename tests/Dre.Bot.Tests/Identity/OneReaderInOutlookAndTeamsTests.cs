using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Identity;
using Dre.Core.Notifications;
using Dre.Core.Storage;
using Dre.Core.Visibility;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Identity;

/// <summary>
/// A person whose user principal name is not their mail address is one reader: the API knows them from their token
/// (object id, <c>preferred_username</c> = UPN, <c>email</c>), the bot from Teams (object id, roster e-mail and UPN), and
/// contacts name them by whichever address Outlook or a colleague gave. Both doors show the same restricted contacts and
/// the same follow-ups.
/// </summary>
public sealed class OneReaderInOutlookAndTeamsTests(OutlookAndTeamsFixture service) : IClassFixture<OutlookAndTeamsFixture>
{
    private const string Mail = "eva.schmidt@coe.int";
    private const string Upn = "e.schmidt@coe.int";
    private const string PartnerId = "oecd";

    private static readonly UserContext Writer = new("00000000-0000-0000-0000-00000000c0c1", "Carla Writer", "carla.writer@coe.int", new HashSet<Role> { Role.Staff });

    [Fact]
    public async Task RestrictedContacts_NamingHerByEitherAddress_AreHersInOutlookAndInTeams()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var byMail = await LogAsync($"Named by mail {tag}", Confidentiality.Restricted, attendee: Mail);
        var byUpn = await LogAsync($"Named by UPN {tag}", Confidentiality.Restricted, attendee: Upn);

        using var outlook = Outlook();
        var listed = (await outlook.GetFromJsonAsync<JsonArray>($"/api/contacts?partner={PartnerId}"))!.Select(c => c!["contactId"]!.GetValue<string>()).ToList();
        var teams = await AskTeamsAsync("status OECD");

        foreach (var contact in new[] { byMail, byUpn })
        {
            Assert.Contains(contact.Id, listed);
            Assert.Equal(HttpStatusCode.OK, (await outlook.GetAsync($"/api/contacts/{contact.Id}")).StatusCode);
            Assert.Contains(contact.Subject, teams, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FollowUps_OwnedByEitherAddress_AreHersInOutlookAndInTeams()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var internalByMail = $"Internal, owned by mail {tag}";
        var restrictedByUpn = $"Restricted, owned by UPN {tag}";
        await LogAsync($"Internal {tag}", Confidentiality.Internal, attendee: null, new FollowUpDraft(internalByMail, Mail, null, null));
        await LogAsync($"Restricted {tag}", Confidentiality.Restricted, attendee: null, new FollowUpDraft(restrictedByUpn, Upn, null, null));

        using var outlook = Outlook();
        var mine = (await outlook.GetFromJsonAsync<JsonArray>("/api/follow-ups/mine"))!.Select(f => f!["text"]!.GetValue<string>()).ToList();
        var teams = await AskTeamsAsync("my follow-ups");

        foreach (var text in new[] { internalByMail, restrictedByUpn })
        {
            Assert.Single(mine, t => t == text);
            Assert.Contains(text, teams, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SomeoneElse_WithHerNameButNotHerAddresses_SeesNeither()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var byMail = await LogAsync($"Not for the namesake {tag}", Confidentiality.Restricted, attendee: Mail, new FollowUpDraft($"Namesake's? {tag}", Mail, null, null));

        using var namesake = service.ApiClient("00000000-0000-0000-0000-0000000e5a99", "Eva Schmidt", "eva.schmidt2@coe.int", "eva.schmidt2@coe.int");

        Assert.Equal(HttpStatusCode.NotFound, (await namesake.GetAsync($"/api/contacts/{byMail.Id}")).StatusCode);
        Assert.DoesNotContain(tag, await namesake.GetStringAsync("/api/follow-ups/mine"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HerDigest_ShowsWhatSheSeesInTeams()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var byUpn = await LogAsync($"In her digest {tag}", Confidentiality.Restricted, attendee: Upn);

        await AskTeamsAsync("subscribe to the daily digest");

        var recipients = await service.Services.GetRequiredService<IDigestRecipients>().ListAsync(DigestFrequency.Daily);
        var reader = Assert.Single(recipients, r => r is { Route: DigestRoute.TeamsChat } && r.Id == service.User.AadObjectId).Reader;
        Assert.True(VisibilityPolicy.MaySee(reader, byUpn));
        Assert.Equal(Mail, reader.Email);
    }

    [Fact]
    public async Task ASubscriptionStoredBeforeOtherAddresses_ReadsWithItsMailAddressAlone()
    {
        var userId = Guid.NewGuid().ToString();
        var routes = service.Services.GetRequiredService<StoreTables>().Table(StoreTables.RoutesTable);
        await routes.AddEntityAsync(new TableEntity("digest", TableKeys.Hash(userId))
        {
            ["UserId"] = userId, ["Name"] = "Older Subscriber", ["Email"] = Mail, ["Frequency"] = "Weekly", ["ConversationReference"] = "{}", ["Language"] = "en",
        });

        var subscription = await service.Services.GetRequiredService<IDigestSubscriptions>().GetSubscriptionAsync(userId);

        Assert.Equal(Mail, subscription!.Email);
        Assert.Empty(subscription.OtherAddresses);
    }

    /// <summary>Outlook's door: an access token with her object id, her UPN as preferred_username and her mail address as email.</summary>
    private HttpClient Outlook() => service.ApiClient(service.User.AadObjectId, "Eva Schmidt", Upn, Mail);

    /// <summary>Teams' door: a personal-chat message from her, whose roster entry gives both addresses.</summary>
    private async Task<string> AskTeamsAsync(string text)
    {
        if (!service.Connector.Members.Any(m => m.AadObjectId == service.User.AadObjectId))
        {
            service.Connector.Members.Add(new FakeMember(service.User.Id, service.User.Name, Mail, service.User.AadObjectId, Upn));
        }

        var message = service.NewMessage(text);
        Assert.Equal(HttpStatusCode.OK, (await service.PostActivityAsync(message)).StatusCode);
        var replies = await service.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == message.Conversation.Id, 1);
        return string.Join("\n", replies.Select(r => r.Json?.ToJsonString()));
    }

    private async Task<Contact> LogAsync(string subject, Confidentiality confidentiality, string? attendee, params FollowUpDraft[] followUps) =>
        (await service.Services.GetRequiredService<ContactService>().LogAsync(new ContactDraft
        {
            Kind = ContactKind.Meeting,
            Start = TestClock.Now.AddDays(-1),
            PartnerIds = [PartnerId],
            Subject = subject,
            Source = ContactSource.Api,
            Confidentiality = confidentiality,
            CoeParticipants = attendee is null ? [] : [new CoeParticipant("Eva Schmidt", attendee, "DG I")],
            FollowUps = followUps,
        }, Writer)).Contact!;
}
