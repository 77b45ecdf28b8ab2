using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dre.OutlookAddin.ItemSource;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Dre.Bot.Tests.Api;

/// <summary>
/// A mailbox that cannot be asked proves nothing: logging a restricted contact's item again while Microsoft 365 throttles
/// or refuses the service answers "already logged (restricted)" as for anyone outside its audience, never a 500. The
/// mailbox is mocked at its boundary here; the Graph client is tested against a local Graph.
/// </summary>
public sealed class MailboxUnavailableTests : IAsyncLifetime
{
    private readonly Mock<IOutlookItemSource> _mailbox = new();
    private DreApiFactory _factory = null!;
    private Callers _clients = null!;

    public async Task InitializeAsync()
    {
        _factory = new DreApiFactory();
        var withMailbox = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(_mailbox.Object))));
        _clients = new Callers(
            await ClientAsync(withMailbox, "anne.dupont@coe.int", "officer"),
            await ClientAsync(withMailbox, "jan.novak@coe.int", "staff"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(MailboxFailure.Throttled)]
    [InlineData(MailboxFailure.AccessDenied)]
    [InlineData(MailboxFailure.ServiceError)]
    public async Task AMailboxThatCannotBeAsked_LeavesTheContactWithheld(MailboxFailure failure)
    {
        _mailbox.Setup(m => m.HoldsAsync(It.IsAny<OutlookItemKey>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MailboxUnavailableException(failure, null, new HttpRequestException("Graph said no")));
        var uid = "mailbox-down-" + Guid.NewGuid().ToString("N");
        var logged = await _clients.Officer.PostAsJsonAsync("/api/contacts", Restricted(uid));

        var again = await _clients.Staff.PostAsJsonAsync("/api/contacts", Restricted(uid));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadAsStringAsync();
        Assert.True(JsonNode.Parse(body)!["restricted"]!.GetValue<bool>());
        Assert.DoesNotContain("Mailbox check", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _clients.Staff.GetAsync(logged.Headers.Location)).StatusCode);
        _mailbox.Verify(m => m.HoldsAsync(new OutlookItemKey(uid, null), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.AtLeastOnce());
    }

    [Fact]
    public async Task TheMailboxIsAskedWithTheCallersOwnToken()
    {
        string? asked = null;
        _mailbox.Setup(m => m.HoldsAsync(It.IsAny<OutlookItemKey>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<OutlookItemKey, string, CancellationToken>((_, token, _) => asked = token)
            .ReturnsAsync(true);
        var uid = "mailbox-token-" + Guid.NewGuid().ToString("N");
        await _clients.Officer.PostAsJsonAsync("/api/contacts", Restricted(uid));

        var again = await _clients.Staff.PostAsJsonAsync("/api/contacts", Restricted(uid));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(_clients.Staff.DefaultRequestHeaders.Authorization!.Parameter, asked);
    }

    private static async Task<HttpClient> ClientAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string user, string role)
    {
        var client = factory.CreateClient();
        var token = await client.GetFromJsonAsync<JsonObject>($"/dev/token?user={Uri.EscapeDataString(user)}&role={role}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["accessToken"]!.GetValue<string>());
        return client;
    }

    private static Dictionary<string, object?> Restricted(string uid)
    {
        var draft = Drafts.Meeting(uid, "oecd", Dre.Testing.TestClock.Now.AddDays(-1));
        draft["subject"] = "Mailbox check: restricted talks";
        draft["confidentiality"] = "restricted";
        return draft;
    }

    private sealed record Callers(HttpClient Officer, HttpClient Staff);
}
