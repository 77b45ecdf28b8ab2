using Dre.Bot.Tests.Teams;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Notifications;
using Dre.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Notifications;

/// <summary>
/// The service with its sender running fast (short polls and retries), Eva as a DRE officer, and helpers that act as
/// Teams does: install the app in a team, say something in a channel or a personal chat. Hosts built on one prefix and
/// one connector are instances of one service.
/// </summary>
public class NotificationHost(
    string? prefix = null,
    FakeBotConnector? connector = null,
    bool sending = true,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? testServices = null,
    int? storagePort = null) : BotEndpointFixture, IAsyncDisposable
{
    public const string TenantId = TeamsTenant.Id;
    public const string OfficerEmail = "eva.schmidt@coe.int";
    public static readonly ChannelAccount Bot = new("28:dre-collab-bot", "DRE Collab");
    public static readonly ChannelAccount Staff = new("29:tom-muller", "Tom Müller", aadObjectId: "7b2c4d6e-0000-4000-8000-0000000007b2");

    protected override string TablePrefix { get; } = prefix ?? AzuriteServer.NewPrefix();

    protected override FakeBotConnector? SharedConnector => connector;

    public string Prefix => TablePrefix;

    public IChannelStore Channels => Services.GetRequiredService<IChannelStore>();

    public IRouteStore Routes => Services.GetRequiredService<IRouteStore>();

    public ChannelRouting Routing => Services.GetRequiredService<ChannelRouting>();

    public IDigestSubscriptions Subscriptions => Services.GetRequiredService<IDigestSubscriptions>();

    public UserContext Officer => new(User.AadObjectId, User.Name, OfficerEmail, new HashSet<Role> { Role.Staff, Role.DreOfficer });

    public static UserContext StaffMember => new(Staff.AadObjectId, Staff.Name, "tom.muller@coe.int", new HashSet<Role> { Role.Staff });

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public Task<LogResult> LogAsync(ContactDraft draft, UserContext? user = null) =>
        Services.GetRequiredService<ContactService>().LogAsync(draft, user ?? Officer);

    /// <summary>What Teams sends when the app is added to a team; the team's channels are then listed by the connector.</summary>
    public async Task InstallAsync(string teamId, string teamName)
    {
        var activity = TeamActivity(ActivityTypes.ConversationUpdate, teamId, teamName, teamId, "teamMemberAdded");
        activity.MembersAdded = [Bot];
        await PostOkAsync(activity);
    }

    public Task ChannelEventAsync(string teamId, string eventType, string? channelId = null, string? channelName = null) =>
        PostOkAsync(TeamActivity(ActivityTypes.ConversationUpdate, teamId, "Team", channelId ?? teamId, eventType, channelName));

    /// <summary>A message to the bot in a team channel, from Eva unless told otherwise.</summary>
    public async Task SayInChannelAsync(string teamId, string channelId, string text, ChannelAccount? from = null, string locale = "en-GB")
    {
        var activity = TeamActivity(ActivityTypes.Message, teamId, "Team", channelId, null);
        activity.Conversation.Id = $"{channelId};messageid={activity.Id}";
        activity.From = from ?? User;
        activity.Text = text;
        activity.Locale = locale;
        await PostOkAsync(activity);
    }

    /// <summary>A card button pressed in a team channel: a message whose value is the button's data.</summary>
    public async Task SubmitInChannelAsync(string teamId, string channelId, JObject data, ChannelAccount? from = null)
    {
        var activity = TeamActivity(ActivityTypes.Message, teamId, "Team", channelId, null);
        activity.Conversation.Id = $"{channelId};messageid={activity.Id}";
        activity.From = from ?? User;
        activity.Value = data;
        await PostOkAsync(activity);
    }

    public async Task SayInPersonalChatAsync(string text, string conversationId, ChannelAccount? from = null, string locale = "en-GB")
    {
        var activity = NewMessage(text, conversationId);
        activity.From = from ?? User;
        activity.Locale = locale;
        await PostOkAsync(activity);
    }

    public static ContactDraft Meeting(string partnerId, string subject, string mae = "DGI", DateTimeOffset? start = null, Confidentiality confidentiality = Confidentiality.Internal, string? iCalUid = null) => new()
    {
        Kind = ContactKind.Meeting,
        Start = start ?? TestClock.Now.AddDays(-1),
        PartnerIds = [partnerId],
        CoeParticipants = [new CoeParticipant("Eva Schmidt", OfficerEmail, mae)],
        Subject = subject,
        Summary = "Discussed the joint programme.",
        Confidentiality = confidentiality,
        Source = iCalUid is null ? ContactSource.Api : ContactSource.OutlookMeeting,
        ICalUid = iCalUid,
    };

    private readonly IReadOnlyDictionary<string, string?>? extraSettings = settings;

    protected override Task AddSettingsAsync(IDictionary<string, string?> settings)
    {
        settings["Notifications:Enabled"] = sending ? "true" : "false";
        settings["Notifications:PollInterval"] = "00:00:00.100";
        settings["Notifications:RetryBaseDelay"] = "00:00:00.200";
        settings["Notifications:MaxRetryDelay"] = "00:00:03";
        settings["Notifications:ConnectorTimeout"] = "00:00:01";
        settings["Roles:DreOfficers:0"] = User.AadObjectId;
        if (storagePort is { } port)
        {
            settings["Storage:ConnectionString"] = AzuriteServer.Shared.ConnectionString.Replace($":{AzuriteServer.Shared.Port}/", $":{port}/", StringComparison.Ordinal);
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return Task.CompletedTask;
    }

    protected override void ConfigureTestServices(IServiceCollection services) => testServices?.Invoke(services);

    private Activity TeamActivity(string type, string teamId, string teamName, string channelId, string? eventType, string? channelName = null)
    {
        var channelData = new JObject
        {
            ["team"] = new JObject { ["id"] = teamId, ["name"] = teamName },
            ["channel"] = new JObject { ["id"] = channelId, ["name"] = channelName },
            ["tenant"] = new JObject { ["id"] = TenantId },
        };
        if (eventType is not null)
        {
            channelData["eventType"] = eventType;
        }

        return new Activity
        {
            Type = type,
            Id = "1" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999),
            Timestamp = TestClock.Now,
            ChannelId = "msteams",
            ServiceUrl = Connector.ServiceUrl,
            From = User,
            Recipient = Bot,
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channelId, tenantId: TenantId),
            ChannelData = channelData,
            Locale = "en-GB",
        };
    }

    private async Task PostOkAsync(Activity activity)
    {
        lock (Connector.Members)
        {
            if (Connector.Members.Count == 0)
            {
                Connector.Members.Add(new FakeMember(User.Id, User.Name, OfficerEmail, User.AadObjectId));
                Connector.Members.Add(new FakeMember(Staff.Id, Staff.Name, "tom.muller@coe.int", Staff.AadObjectId));
            }
        }

        using var response = await PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
    }
}

/// <summary>One service instance, with a fake Bot Connector of its own, shared by a test class.</summary>
public sealed class SingleNotificationHost : NotificationHost;
