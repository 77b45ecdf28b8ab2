using System.Net.Http.Headers;
using System.Text;
using Dre.Bot.Teams;
using Dre.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json;

namespace Dre.Bot.Tests.Teams;

/// <summary>
/// The whole service listening on a real loopback port, over the shared Azurite with tables of its own, and a fake
/// Bot Connector that activities name as their serviceUrl, so that a test goes through <c>POST /api/messages</c> and
/// reads the bot's replies where Teams would get them. The bot is the service's own unless a subclass registers another
/// in <see cref="ConfigureTestServices"/>.
/// </summary>
public class BotEndpointFixture : IAsyncLifetime
{
    private Factory? _factory;

    public FakeBotConnector Connector { get; private set; } = null!;

    /// <summary>The service's base address, http://127.0.0.1:{port}.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A plain client to the service's real port.</summary>
    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>The user that <see cref="NewMessage"/> sends as.</summary>
    public ChannelAccount User { get; } = new("29:eva-schmidt", "Eva Schmidt", aadObjectId: "0e1a2b3c-0000-4000-8000-00000000e5a1");

    protected virtual string Environment => "Development";

    /// <summary>The store's tables; two fixtures given the same prefix are two instances of one service.</summary>
    protected virtual string TablePrefix { get; } = AzuriteServer.NewPrefix();

    /// <summary>A connector of the fixture's own, unless a subclass shares one between instances (and disposes it itself).</summary>
    protected virtual FakeBotConnector? SharedConnector => null;

    public async Task InitializeAsync()
    {
        Connector = SharedConnector ?? await FakeBotConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteServer.Shared.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Demo:SeedContacts"] = "false",
            // Briefings go at a time of day: their tests drive the sender on a clock of their own.
            ["Briefings:Enabled"] = "false",
            [TeamsTenant.Setting] = TeamsTenant.Id,
        };
        foreach (var (key, value) in ProductionPlaceholders.Settings.Where(p => p.Key.StartsWith("Graph:", StringComparison.Ordinal)))
        {
            settings[key] = value;
        }

        await AddSettingsAsync(settings);
        var port = FreePort.Next();
        _factory = new Factory(this, settings);
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (SharedConnector is null)
        {
            await Connector.DisposeAsync();
        }
    }

    /// <summary>A personal-chat message from <see cref="User"/>, as Teams sends it, with a fresh id.</summary>
    public Activity NewMessage(string text, string? conversationId = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999),
        Timestamp = TestClock.Now,
        ChannelId = "msteams",
        ServiceUrl = Connector.ServiceUrl,
        From = User,
        Recipient = new ChannelAccount("28:dre-collab-bot", "DRE Collab"),
        Conversation = new ConversationAccount(conversationType: "personal", id: conversationId ?? "a:" + Guid.NewGuid().ToString("N"), tenantId: TeamsTenant.Id),
        ChannelData = new Newtonsoft.Json.Linq.JObject { ["tenant"] = new Newtonsoft.Json.Linq.JObject { ["id"] = TeamsTenant.Id } },
        Text = text,
        Locale = "en-GB",
        TextFormat = TextFormatTypes.Plain,
    };

    public async Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TeamsBotExtensions.MessagesPath)
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Settings on top of the store's; subclasses add the bot's identity and endpoints.</summary>
    protected virtual Task AddSettingsAsync(IDictionary<string, string?> settings) => Task.CompletedTask;

    /// <summary>Where a subclass registers a bot of its own (an IBot) or other test services.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    private sealed class Factory(BotEndpointFixture fixture, Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(fixture.Environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                // The SDK's token requests go to the fake's HTTPS endpoint, whose certificate only this handler trusts.
                services.AddHttpClient(TeamsBotExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(fixture.Connector.CreateTrustingHandler);
                services.Replace(ServiceDescriptor.Singleton(TestClock.Running()));
                fixture.ConfigureTestServices(services);
            });
        }
    }
}

/// <summary>The endpoint with <see cref="EchoBot"/> as its bot, in Development (no app id: no tokens, as the emulator).</summary>
public sealed class EchoBotFixture : BotEndpointFixture
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<Microsoft.Bot.Builder.IBot, EchoBot>();
}
