using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Dre.Core.Contacts;
using Dre.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

/// <summary>
/// Every read path of the bot × every reader (staff, DRE officer, manager, admin, the logger, an attendee who did not log
/// it, a guest from outside) × every kind of conversation, against one restricted contact (with an
/// overdue follow-up) and one internal contact of the same partner: what is posted in a channel or a group chat is what
/// every member may see, what only the asker may see reaches the asker's personal chat, and nobody else gets it.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class ConversationAudienceMatrixTests(BotFixture bot)
{
    private const string PartnerId = "nordic-council";
    private const string Secret = "Nordic secret";
    private const string Open = "Nordic open";
    private static readonly SemaphoreSlim SeedLock = new(1, 1);
    private static Contact? _restricted;

    public static readonly string[] Paths = ["status", "briefing", "contacts", "overdue", "digestPreview", "statusButton", "openButton", "historyButton", "messageExtension"];
    public static readonly string[] ReaderNames = ["staff", "officer", "manager", "admin", "logger", "attendee", "outsider"];
    public static readonly string[] ConversationTypes = ["personal", "groupChat", "channel"];

    public static TheoryData<string, string, string> Cells()
    {
        var cells = new TheoryData<string, string, string>();
        foreach (var path in Paths)
        {
            foreach (var reader in ReaderNames)
            {
                foreach (var conversation in ConversationTypes)
                {
                    cells.Add(path, reader, conversation);
                }
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task RestrictedContent_ReachesExactlyItsAudience(string path, string readerName, string conversationType)
    {
        var restricted = await SeedAsync();
        var reader = readerName switch
        {
            "staff" => BotFixture.Jan,
            "officer" => BotFixture.Anne,
            "manager" => BotFixture.Marc,
            "admin" => BotFixture.Ada,
            "logger" => BotFixture.Eva,
            "attendee" => BotFixture.Ines,
            _ => BotFixture.Guest,
        };
        var maySee = readerName is "officer" or "admin" or "logger" or "attendee";
        var personal = bot.Conversation(reader);
        var personalId = (await personal.SayAsync("help")).Messages.First().Conversation.Id;
        var conversation = conversationType == "personal" ? personal : bot.Conversation(reader, conversationType: conversationType);
        var shared = conversationType != "personal";

        var turn = await SendAsync(conversation, path, restricted);
        if (reader.IsGuest)
        {
            // Someone outside the organisation learns nothing, restricted or not, wherever they ask.
            var everything = Text(turn.Sent.Concat(turn.Updates));
            Assert.DoesNotContain(Secret, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(Open, everything, StringComparison.Ordinal);
            Assert.True(path == "messageExtension" || turn.Texts.Any(t => t.StartsWith("Sorry, DRE Collab answers only", StringComparison.Ordinal)), "Outsiders get the polite refusal.");
            return;
        }

        var thread = Text(turn.Sent.Where(a => a.Conversation?.Id != personalId || !shared).Concat(turn.Updates));
        var toThePersonalChat = shared ? Text(turn.Sent.Where(a => a.Conversation?.Id == personalId)) : "";
        var threadMaySeeSecret = !shared && maySee && path != "messageExtension";
        Assert.Equal(threadMaySeeSecret, thread.Contains(Secret, StringComparison.Ordinal));
        // Both buttons are about the restricted contact alone.
        if (path is not ("openButton" or "historyButton"))
        {
            Assert.Contains(Open, thread, StringComparison.Ordinal);
        }

        var privatelySent = shared && maySee && path != "messageExtension";
        Assert.Equal(privatelySent, toThePersonalChat.Contains(Secret, StringComparison.Ordinal));
        Assert.Equal(privatelySent, turn.Texts.Contains("Part of this answer is for you alone: I sent it to our personal chat."));
    }

    [Fact]
    public async Task DigestPreview_ForAReaderOutsideTheAudience_SaysNothingOfRestrictedContacts()
    {
        await SeedAsync();

        var turn = await bot.Conversation(BotFixture.Jan).SayAsync("digest preview");

        Assert.Contains(Open, turn.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("restricted", turn.AllText, StringComparison.OrdinalIgnoreCase);
    }

    private static Task<Turn> SendAsync(BotConversation conversation, string path, Contact restricted)
    {
        switch (path)
        {
            case "status": return conversation.SayAsync("status Nordic Council");
            case "briefing": return conversation.SayAsync("brief me on the Nordic Council");
            case "contacts": return conversation.SayAsync("contacts with the Nordic Council");
            case "overdue": return conversation.SayAsync("overdue follow-ups");
            case "digestPreview": return conversation.SayAsync("digest preview");
            case "statusButton": return conversation.SubmitAsync(new JObject { [BotAction.Key] = BotAction.Status.Name, ["partnerId"] = PartnerId });
            case "openButton": return conversation.SubmitAsync(new JObject { [BotAction.Key] = BotAction.ShowContact.Name, ["contactId"] = restricted.Id });
            case "historyButton": return conversation.SubmitAsync(new JObject { [BotAction.Key] = BotAction.ContactHistory.Name, ["contactId"] = restricted.Id });
            default:
                var invoke = conversation.Activity(ActivityTypes.Invoke);
                invoke.Name = "composeExtension/query";
                invoke.Value = JObject.FromObject(new { commandId = PartnerSearch.CommandId, parameters = new[] { new { name = PartnerSearch.Parameter, value = "Nordic Council" } } });
                return conversation.SendAsync(invoke);
        }
    }

    /// <summary>Everything the activities carry, cards, texts and invoke answers alike.</summary>
    private static string Text(IEnumerable<Activity> activities) =>
        string.Join("\n", activities.Select(a => JsonConvert.SerializeObject(a)));

    private async Task<Contact> SeedAsync()
    {
        await SeedLock.WaitAsync();
        try
        {
            if (_restricted is { } seeded)
            {
                return seeded;
            }

            // Due long ago, so that both are first in every list of overdue follow-ups, whatever other tests logged.
            var due = new DateOnly(2001, 1, 2);
            await bot.LogAsync(BotFixture.Eva, PartnerId, Open + " meeting", TestClock.Now.AddMinutes(-40), new FollowUpDraft(Open + " follow-up", BotFixture.Eva.Email, null, due));
            _restricted = (await bot.Contacts.LogAsync(new ContactDraft
            {
                Kind = ContactKind.Meeting,
                Start = TestClock.Now.AddMinutes(-30),
                PartnerIds = [PartnerId],
                Subject = Secret + " meeting",
                Summary = Secret + " summary",
                Source = ContactSource.Api,
                Confidentiality = Confidentiality.Restricted,
                CoeParticipants = [new CoeParticipant(BotFixture.Eva.Name, BotFixture.Eva.Email, "DG I"), new CoeParticipant(BotFixture.Ines.Name, BotFixture.Ines.Email, "DGII")],
                FollowUps = [new FollowUpDraft(Secret + " follow-up", BotFixture.Eva.Email, null, due)],
            }, BotFixture.ContextOf(BotFixture.Eva))).Contact!;
            return _restricted;
        }
        finally
        {
            SeedLock.Release();
        }
    }
}
