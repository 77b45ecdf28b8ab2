using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Testing;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

/// <summary>A planned contact's card: move and cancel while it is ahead, mark held once its time came, by its loggers only.</summary>
[Collection(BotCollection.Name)]
public sealed class PlannedContactConversationTests(BotFixture bot)
{
    [Fact]
    public async Task Cancel_OnThePlannedContactsCard_UpdatesTheCard_AndTheContactLeavesTheLists()
    {
        var subject = "Planned visit " + Guid.NewGuid().ToString("N")[..8];
        var planned = await bot.LogAsync(BotFixture.Eva, "kazakhstan", subject, TestClock.Now.AddDays(3));
        var conversation = bot.Conversation(BotFixture.Eva);
        var card = (await conversation.SubmitAsync(Show(planned))).Card;
        Assert.Contains("Planned", card.ToString(), StringComparison.Ordinal);

        var cancelled = await conversation.SubmitAsync(Turn.Buttons(card, BotAction.CancelContact).Single());

        Assert.Contains("Cancelled: it no longer appears in statuses and lists.", cancelled.Texts);
        var updated = Assert.Single(cancelled.UpdatedCards).ToString();
        Assert.Contains("Cancelled", updated, StringComparison.Ordinal);
        Assert.Empty(Turn.Buttons(Assert.Single(cancelled.UpdatedCards), BotAction.CancelContact));
        var listed = await bot.Contacts.ListAsync("kazakhstan", null, TestClock.Now.AddDays(30), BotFixture.ContextOf(BotFixture.Eva));
        Assert.DoesNotContain(listed, c => c.ContactId == planned.Id);
    }

    [Fact]
    public async Task Move_InFrench_TakesTheNewParisTime_AndAnOldCardMeetsTheNewVersion()
    {
        var planned = await bot.LogAsync(BotFixture.Eva, "jordan", "Réunion prévue " + Guid.NewGuid().ToString("N")[..8], TestClock.Now.AddDays(2));
        var conversation = bot.Conversation(BotFixture.Eva, "fr-FR");
        var card = (await conversation.SubmitAsync(Show(planned, "fr"))).Card;
        Assert.Contains("Prévu", card.ToString(), StringComparison.Ordinal);
        var move = Turn.Buttons(card, BotAction.MoveContact).Single();
        var day = Dre.Core.Localization.ParisTime.Today(TestClock.Now).AddDays(9);
        move[ContactPlanActions.DateInput] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        move[ContactPlanActions.TimeInput] = "14:30";

        var moved = await conversation.SubmitAsync(move);
        var again = await conversation.SubmitAsync(Turn.Buttons(card, BotAction.CancelContact).Single());

        Assert.Contains(moved.Texts, t => t.StartsWith("Déplacé au ", StringComparison.Ordinal));
        var stored = await bot.Contacts.GetAsync(planned.Id, BotFixture.ContextOf(BotFixture.Eva));
        Assert.Equal(Dre.Core.Localization.ParisTime.At(day, new TimeOnly(14, 30)), stored.Start);
        Assert.Contains("Quelqu'un a modifié ce contact entre-temps : le voici tel qu'il est maintenant.", again.Texts);
        Assert.Equal(ContactStatus.Logged, (await bot.Contacts.GetAsync(planned.Id, BotFixture.ContextOf(BotFixture.Eva))).Status);
    }

    [Fact]
    public async Task MarkHeld_OnceItsTimeCame_KeepsTheOutcome_AndSomeoneWhoDidNotLogItIsRefused()
    {
        var recent = await bot.LogAsync(BotFixture.Eva, "kyrgyzstan", "Call held " + Guid.NewGuid().ToString("N")[..8], TestClock.Now.AddHours(-2));
        var card = (await bot.Conversation(BotFixture.Eva).SubmitAsync(Show(recent))).Card;
        Assert.Empty(Turn.Buttons(card, BotAction.CancelContact));
        var held = Turn.Buttons(card, BotAction.HoldContact).Single();
        held[ContactPlanActions.OutcomeInput] = "Roadmap agreed for 2027";

        var byJan = await bot.Conversation(BotFixture.Jan).SubmitAsync((JObject)held.DeepClone());
        var byEva = await bot.Conversation(BotFixture.Eva).SubmitAsync(held);

        Assert.Contains("Only the people who logged a contact, and DRE officers, mark it held, move or cancel it.", byJan.Texts);
        Assert.Contains("Marked as held, with its outcome.", byEva.Texts);
        var stored = await bot.Contacts.GetAsync(recent.Id, BotFixture.ContextOf(BotFixture.Eva));
        Assert.Equal(ContactStatus.Held, stored.Status);
        Assert.Equal("Roadmap agreed for 2027", stored.Outcome);
    }

    private static JObject Show(Contact contact, string language = "en") => new()
    {
        [BotAction.Key] = BotAction.ShowContact.Name,
        ["contactId"] = contact.Id,
        ["lang"] = language,
    };
}
