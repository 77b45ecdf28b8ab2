using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

/// <summary>A contact's record from its card: deleting it (its loggers and DRE officers, confirmed, at the version shown) and its history.</summary>
[Collection(BotCollection.Name)]
public sealed class ContactRecordConversationTests(BotFixture bot)
{
    [Fact]
    public async Task Delete_ByTheLogger_ReplacesTheCard_AndTheContactLeavesTheLists()
    {
        var subject = "Logged by mistake " + Guid.NewGuid().ToString("N")[..8];
        var contact = await bot.LogAsync(BotFixture.Eva, "mexico", subject, TestClock.Now.AddHours(-3));
        var conversation = bot.Conversation(BotFixture.Eva);
        var card = (await conversation.SubmitAsync(Show(contact))).Card;
        Assert.Contains("Delete this contact?", card.ToString(), StringComparison.Ordinal);

        var deleted = await conversation.SubmitAsync(Turn.Buttons(card, BotAction.DeleteContact).Single());

        Assert.Contains("Deleted: the contact no longer appears anywhere in DRE Collab.", deleted.Texts);
        var replaced = Assert.Single(deleted.UpdatedCards).ToString();
        Assert.Contains("This contact was removed from DRE Collab.", replaced, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, replaced, StringComparison.Ordinal);
        var listed = await bot.Contacts.ListAsync("mexico", TestClock.Now.AddDays(-1), TestClock.Now, BotFixture.ContextOf(BotFixture.Eva));
        Assert.DoesNotContain(listed, c => c.ContactId == contact.Id);
        var again = await conversation.SubmitAsync(Show(contact));
        Assert.Contains("I could not find it: it may have been removed, or you may not see it.", again.Texts);
    }

    [Fact]
    public async Task Delete_BySomeoneWhoDidNotLogIt_IsNotOffered_AndAForgedPressIsRefused_InFrench()
    {
        var contact = await bot.LogAsync(BotFixture.Eva, "canada", "Réunion " + Guid.NewGuid().ToString("N")[..8], TestClock.Now.AddHours(-5));
        var evasCard = (await bot.Conversation(BotFixture.Eva).SubmitAsync(Show(contact))).Card;
        var jan = bot.Conversation(BotFixture.Jan, "fr-FR");
        var jansCard = (await jan.SubmitAsync(Show(contact, "fr"))).Card;
        Assert.Empty(Turn.Buttons(jansCard, BotAction.DeleteContact));
        Assert.Single(Turn.Buttons(jansCard, BotAction.ContactHistory));
        var forged = Turn.Buttons(evasCard, BotAction.DeleteContact).Single();
        forged["lang"] = "fr";

        var refused = await jan.SubmitAsync(forged);

        Assert.Contains("Seuls les personnes qui ont enregistré un contact et les agents de la DRE peuvent le supprimer.", refused.Texts);
        Assert.Empty(refused.UpdatedCards);
        Assert.Equal(contact.Subject, (await bot.Contacts.GetAsync(contact.Id, BotFixture.ContextOf(BotFixture.Eva))).Subject);
    }

    [Fact]
    public async Task Delete_OnAStaleCard_DeletesNothing_AndShowsTheContactAsItIsNow()
    {
        var contact = await bot.LogAsync(BotFixture.Eva, "libya", "Call " + Guid.NewGuid().ToString("N")[..8], TestClock.Now.AddHours(-4));
        var conversation = bot.Conversation(BotFixture.Eva);
        var card = (await conversation.SubmitAsync(Show(contact))).Card;
        var renamed = "Renamed call " + Guid.NewGuid().ToString("N")[..8];
        await bot.Contacts.UpdateAsync(contact.Id, new ContactPatch { Subject = renamed }, contact.Version, BotFixture.ContextOf(BotFixture.Eva));

        var stale = await conversation.SubmitAsync(Turn.Buttons(card, BotAction.DeleteContact).Single());

        Assert.Contains("Someone changed this contact meanwhile: here it is as it is now.", stale.Texts);
        Assert.Contains(renamed, Assert.Single(stale.UpdatedCards).ToString(), StringComparison.Ordinal);
        Assert.Equal(renamed, (await bot.Contacts.GetAsync(contact.Id, BotFixture.ContextOf(BotFixture.Eva))).Subject);
    }

    [Theory]
    [InlineData("en", "en-US", "edited", "Summary", "origin: API")]
    [InlineData("fr", "fr-FR", "modifié", "Résumé", "origine : API")]
    public async Task History_AfterAnEdit_ShowsWhoChangedWhat(string language, string locale, string edited, string field, string origin)
    {
        var contact = await bot.LogAsync(BotFixture.Eva, "canada", "Talks " + Guid.NewGuid().ToString("N")[..8], TestClock.Now.AddHours(-6));
        var revised = "Revised summary " + Guid.NewGuid().ToString("N")[..8];
        await bot.Contacts.UpdateAsync(contact.Id, new ContactPatch { Summary = revised }, contact.Version, BotFixture.ContextOf(BotFixture.Anne, Dre.Core.Identity.Role.DreOfficer));
        var conversation = bot.Conversation(BotFixture.Eva, locale);
        var card = (await conversation.SubmitAsync(Show(contact, language))).Card;

        var history = (await conversation.SubmitAsync(Turn.Buttons(card, BotAction.ContactHistory).Single())).Card.ToString();

        Assert.Contains($"{BotFixture.Anne.Name} · {edited} ({origin})", history, StringComparison.Ordinal);
        Assert.Contains($"• {field}: {revised}", history, StringComparison.Ordinal);
        Assert.True(history.IndexOf(revised, StringComparison.Ordinal) < history.IndexOf(BotFixture.Eva.Name, StringComparison.Ordinal), "Newest first.");
    }

    [Fact]
    public async Task History_OfARestrictedContact_AskedInAChannel_ShowsNothingRestrictedInTheThread()
    {
        var secret = "Sealed talks " + Guid.NewGuid().ToString("N")[..8];
        var restricted = (await bot.Contacts.LogAsync(new ContactDraft
        {
            Kind = ContactKind.Meeting,
            Start = TestClock.Now.AddHours(-2),
            PartnerIds = ["libya"],
            Subject = secret,
            Source = ContactSource.Api,
            Confidentiality = Confidentiality.Restricted,
            CoeParticipants = [new CoeParticipant(BotFixture.Eva.Name, BotFixture.Eva.Email, "DG I")],
        }, BotFixture.ContextOf(BotFixture.Eva))).Contact!;
        var personalId = (await bot.Conversation(BotFixture.Eva).SayAsync("help")).Messages.First().Conversation.Id;

        var turn = await bot.Conversation(BotFixture.Eva, conversationType: "channel")
            .SubmitAsync(new JObject { [BotAction.Key] = BotAction.ContactHistory.Name, ["contactId"] = restricted.Id });

        var thread = JsonConvert.SerializeObject(turn.Sent.Where(a => a.Conversation?.Id != personalId).Concat(turn.Updates));
        Assert.DoesNotContain(secret, thread, StringComparison.Ordinal);
        Assert.Contains(secret, JsonConvert.SerializeObject(turn.Sent.Where(a => a.Conversation?.Id == personalId)), StringComparison.Ordinal);
        Assert.Contains("Part of this answer is for you alone: I sent it to our personal chat.", turn.Texts);
    }

    private static JObject Show(Contact contact, string language = "en") => new()
    {
        [BotAction.Key] = BotAction.ShowContact.Name,
        ["contactId"] = contact.Id,
        ["lang"] = language,
    };
}
