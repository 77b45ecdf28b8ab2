using Dre.Bot.Cards;
using Dre.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

/// <summary>One Teams conversation with the bot on the SDK's TestAdapter: each call is one turn and returns what the bot sent during it.</summary>
public sealed class BotConversation
{
    private readonly IBot _bot;
    private readonly RecordingAdapter _adapter;
    private readonly TeamsUser _user;
    private readonly string _locale;
    private readonly string _conversationType;

    public BotConversation(IBot bot, TeamsUser user, string locale, string conversationType)
    {
        _bot = bot;
        _user = user;
        _locale = locale;
        _conversationType = conversationType;
        _adapter = new RecordingAdapter(new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://smba.test.invalid/",
            User = new ChannelAccount("29:" + user.AadObjectId, user.Name, aadObjectId: user.AadObjectId)
            {
                Properties = user.IsGuest ? new JObject { ["userRole"] = "guest" } : [],
            },
            Bot = new ChannelAccount("28:dre-bot", "DRE Collab"),
            Conversation = new ConversationAccount(conversationType: conversationType, id: "a:" + Guid.NewGuid().ToString("N"), tenantId: TeamsTenant.Id),
        });
    }

    /// <summary>Cards replaced in place (the form after submit, a follow-up list after "Done").</summary>
    public List<Activity> Updates => _adapter.Updates;

    public Task<Turn> SayAsync(string text) => SendAsync(Message(text));

    public Task<Turn> SubmitAsync(JObject data, string? cardActivityId = "card-1")
    {
        var activity = Message(null);
        activity.Value = data;
        activity.ReplyToId = cardActivityId;
        return SendAsync(activity);
    }

    public async Task<Turn> SendAsync(Activity activity)
    {
        _adapter.Sent.Clear();
        _adapter.Updates.Clear();
        await _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, CancellationToken.None);
        return new Turn([.. _adapter.Sent], [.. _adapter.Updates]);
    }

    public Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        Locale = _locale,
        ChannelId = Channels.Msteams,
        From = _adapter.Conversation.User,
        Recipient = _adapter.Conversation.Bot,
        Conversation = _adapter.Conversation.Conversation,
        ServiceUrl = _adapter.Conversation.ServiceUrl,
        ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = TeamsTenant.Id } },
    };

    public Activity Activity(string type)
    {
        var activity = Message(null);
        activity.Type = type;
        return activity;
    }

    private sealed class RecordingAdapter(ConversationReference reference) : TestAdapter(reference)
    {
        public List<Activity> Sent { get; } = [];
        public List<Activity> Updates { get; } = [];

        public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.AddRange(activities);
            }

            return await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        {
            lock (Updates)
            {
                Updates.Add(activity);
            }

            return Task.FromResult(new ResourceResponse(activity.Id));
        }
    }
}

/// <summary>What the bot sent in one turn.</summary>
public sealed record Turn(IReadOnlyList<Activity> Sent, IReadOnlyList<Activity> Updates)
{
    public IEnumerable<Activity> Messages => Sent.Where(a => a.Type == ActivityTypes.Message);

    public IEnumerable<string> Texts => Messages.Where(m => m.Text is not null).Select(m => m.Text);

    public IEnumerable<JObject> Cards => Messages.SelectMany(CardsOf);

    public IEnumerable<JObject> UpdatedCards => Updates.SelectMany(CardsOf);

    public JObject Card => Assert.Single(Cards);

    public InvokeResponse? InvokeResponse => Sent.FirstOrDefault(a => a.Type == ActivityTypesEx.InvokeResponse)?.Value as InvokeResponse;

    /// <summary>Everything the user can read: texts and the cards' serialized JSON.</summary>
    public string AllText => string.Join("\n", Texts.Concat(Cards.Concat(UpdatedCards).Select(c => c.ToString())));

    public static IEnumerable<JObject> CardsOf(Activity activity) =>
        (activity.Attachments ?? []).Where(a => a.ContentType == AdaptiveCard.ContentType).Select(a => (JObject)a.Content);

    /// <summary>The submit data of the card's buttons (Action.Submit anywhere in the card) for one bot action.</summary>
    public static IEnumerable<JObject> Buttons(JObject card, BotAction action) =>
        card.Descendants().OfType<JObject>()
            .Where(o => o.Value<string>("type") == "Action.Submit" && o["data"] is JObject d && d.Value<string>(BotAction.Key) == action.Name)
            .Select(o => (JObject)o["data"]!);

    /// <summary>The card's first text as the user reads it: a heading is plain text runs.</summary>
    public static string Heading(JObject card) => card["body"]![0]!["inlines"] is JArray runs
        ? string.Concat(runs.Select(r => r.Value<string>("text")))
        : card["body"]![0]!.Value<string>("text")!;
}
