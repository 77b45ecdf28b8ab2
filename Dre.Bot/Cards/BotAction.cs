namespace Dre.Bot.Cards;

/// <summary>What a card button asks the bot to do; the name travels in the submit data under <see cref="Key"/>.</summary>
public sealed record BotAction(string Name)
{
    public const string Key = "dreAction";

    public static readonly BotAction Status = new("status");
    public static readonly BotAction Contacts = new("contacts");
    public static readonly BotAction OpenContactForm = new("openContactForm");
    public static readonly BotAction SubmitContact = new("submitContact");
    public static readonly BotAction CompleteFollowUp = new("completeFollowUp");
    public static readonly BotAction MyFollowUps = new("myFollowUps");
    public static readonly BotAction OverdueFollowUps = new("overdueFollowUps");
    public static readonly BotAction UpdateStateOfPlay = new("updateStateOfPlay");
    public static readonly BotAction Help = new("help");
    public static readonly BotAction ShowContact = new("showContact");
    public static readonly BotAction SetRoutes = new("setRoutes");
    public static readonly BotAction Settings = new("settings");
    public static readonly BotAction Subscribe = new("subscribe");
    public static readonly BotAction Unsubscribe = new("unsubscribe");
    public static readonly BotAction DigestPreview = new("digestPreview");
    public static readonly BotAction HoldContact = new("holdContact");
    public static readonly BotAction MoveContact = new("moveContact");
    public static readonly BotAction CancelContact = new("cancelContact");
    public static readonly BotAction Briefing = new("briefing");
    public static readonly BotAction DeleteContact = new("deleteContact");
    public static readonly BotAction ContactHistory = new("contactHistory");

    public static IReadOnlyList<BotAction> All { get; } =
        [Status, Contacts, OpenContactForm, SubmitContact, CompleteFollowUp, MyFollowUps, OverdueFollowUps, UpdateStateOfPlay, Help, ShowContact, SetRoutes, Settings, Subscribe, Unsubscribe, DigestPreview, HoldContact, MoveContact, CancelContact, Briefing, DeleteContact, ContactHistory];

    public static BotAction? Find(string? name) => All.FirstOrDefault(a => a.Name == name);
}
