using Dre.Testing;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

[Collection(BotCollection.Name)]
public sealed class DigestAndSettingsConversationTests(BotFixture bot)
{
    private IRouteStore Routes => bot.Services.GetRequiredService<IRouteStore>();

    private IDigestSubscriptions Subscriptions => bot.Services.GetRequiredService<IDigestSubscriptions>();

    [Fact]
    public async Task Subscribing_Daily_ThenWeekly_ThenUnsubscribing_IsKeptInTheStore_AndAnswered()
    {
        var conversation = bot.Conversation(BotFixture.Anne);

        var daily = await conversation.SayAsync("daily");
        Assert.Equal(DigestFrequency.Daily, (await Subscriptions.GetSubscriptionAsync(BotFixture.Anne.AadObjectId))?.Frequency);
        var weekly = await conversation.SayAsync("subscribe to the digest");
        Assert.Equal(DigestFrequency.Weekly, (await Subscriptions.GetSubscriptionAsync(BotFixture.Anne.AadObjectId))?.Frequency);
        var stop = await conversation.SayAsync("unsubscribe");
        var again = await conversation.SayAsync("unsubscribe");

        Assert.Contains("You receive the daily digest here.", daily.Texts);
        Assert.Contains("You receive the weekly digest here.", weekly.Texts);
        Assert.Contains("You will no longer receive the digest.", stop.Texts);
        Assert.Contains("You were not subscribed to the digest.", again.Texts);
        Assert.Null(await Subscriptions.GetSubscriptionAsync(BotFixture.Anne.AadObjectId));
    }

    [Fact]
    public async Task SubscribingInFrench_RemembersTheLanguage_ForTheDigestsToCome()
    {
        var conversation = bot.Conversation(BotFixture.Jan, "fr-FR");

        var turn = await conversation.SayAsync("m'abonner au résumé quotidien");

        Assert.Contains("Vous recevez ici le résumé quotidien.", turn.Texts);
        var subscription = await Subscriptions.GetSubscriptionAsync(BotFixture.Jan.AadObjectId);
        Assert.Equal("fr", subscription?.Language);
        Assert.Equal(DigestFrequency.Daily, subscription?.Frequency);
        Assert.Contains(BotFixture.Jan.AadObjectId, subscription?.ConversationReference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscribingFromAChannel_IsRefused_BecauseTheDigestIsPersonal()
    {
        var turn = await bot.Conversation(BotFixture.Eva, conversationType: "channel").SayAsync("subscribe to the digest");

        Assert.Contains("Subscribe in a personal chat with me: the digest is sent to you alone.", turn.Texts);
    }

    [Fact]
    public async Task DigestPreview_ShowsThisWeeksDigestAsOneCard_WithTheChart_AndNoRestrictedContentForStaff()
    {
        // Overdue for long, so that both come before what other tests leave overdue, in the three the card shows.
        var due = new DateOnly(2002, 1, 3);
        await bot.LogAsync(BotFixture.Eva, "cabo-verde", "Preview visible meeting", TestClock.Now.AddMinutes(-2), new FollowUpDraft("Preview visible follow-up", BotFixture.Eva.Email, null, due));
        await bot.Contacts.LogAsync(new ContactDraft
        {
            Kind = ContactKind.Call, Start = TestClock.Now.AddMinutes(-1), PartnerIds = ["cabo-verde"], Subject = "Preview secret call",
            Source = ContactSource.Api, Confidentiality = Confidentiality.Restricted, FollowUps = [new FollowUpDraft("Preview secret follow-up", BotFixture.Eva.Email, null, due)],
        }, BotFixture.ContextOf(BotFixture.Eva));

        var turn = await bot.Conversation(BotFixture.Jan).SayAsync("digest preview");

        var all = turn.Card.ToString();
        Assert.Contains("Weekly digest", all, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", all, StringComparison.Ordinal);
        Assert.Contains("Preview visible follow-up", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview secret", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_InAPersonalChat_ShowsRoutesAndOnesOwnDigest_WithButtonsThatWork()
    {
        var conversation = bot.Conversation(BotFixture.Eva);

        var settings = await conversation.SayAsync("settings");
        Assert.Contains("You do not receive the digest.", settings.Card.ToString(), StringComparison.Ordinal);
        var daily = Turn.Buttons(settings.Card, BotAction.Subscribe).Single(b => b["frequency"]?.ToString() == nameof(DigestFrequency.Daily));
        var subscribed = await conversation.SubmitAsync(daily);

        Assert.Contains("You receive the daily digest here.", subscribed.Texts);
        Assert.Equal(DigestFrequency.Daily, (await Subscriptions.GetSubscriptionAsync(BotFixture.Eva.AadObjectId))?.Frequency);
        await conversation.SayAsync("unsubscribe");
    }

    [Fact]
    public async Task RouteHere_InAPersonalChat_AsksForTheChannelInstead()
    {
        var turn = await bot.Conversation(BotFixture.Eva).SayAsync("route EU here");

        Assert.Contains("Say it in the team channel that should receive the posts: I post there, not in a personal chat.", turn.Texts);
    }

    [Fact]
    public async Task OpenTheContact_FromAChannelCard_ShowsItToThoseWhoMaySee_AndNothingToOthers()
    {
        var open = await bot.LogAsync(BotFixture.Eva, "chile", "Open contact check", TestClock.Now.AddDays(-1));
        var restricted = (await bot.Contacts.LogAsync(new ContactDraft
        {
            Kind = ContactKind.Call, Start = TestClock.Now.AddHours(-3), PartnerIds = ["chile"], Subject = "Closed contact check",
            Source = ContactSource.Api, Confidentiality = Confidentiality.Restricted,
        }, BotFixture.ContextOf(BotFixture.Eva))).Contact!;
        var button = (JObject)JObject.FromObject(new { dreAction = BotAction.ShowContact.Name, contactId = open.Id });
        var restrictedButton = (JObject)JObject.FromObject(new { dreAction = BotAction.ShowContact.Name, contactId = restricted.Id });

        var shown = await bot.Conversation(BotFixture.Jan).SubmitAsync(button);
        var refused = await bot.Conversation(BotFixture.Jan).SubmitAsync(restrictedButton);
        var toTheLogger = await bot.Conversation(BotFixture.Eva).SubmitAsync(restrictedButton);

        Assert.Contains("Open contact check", shown.Card.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Closed contact check", refused.AllText, StringComparison.Ordinal);
        Assert.Contains("I could not find it: it may have been removed, or you may not see it.", refused.Texts);
        Assert.Contains("Closed contact check", toTheLogger.Card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileButtonData_GetsAClearAnswer_AndChangesNothing()
    {
        var conversation = bot.Conversation(BotFixture.NoEmail);

        var routes = await conversation.SubmitAsync(new JObject { ["dreAction"] = "setRoutes", ["targets"] = new string('x', 10_000) + ",Eu,<script>" });
        var contact = await conversation.SubmitAsync(new JObject { ["dreAction"] = "showContact", ["contactId"] = new string('\u0007', 5_000) });
        var frequency = await conversation.SubmitAsync(new JObject { ["dreAction"] = "subscribe", ["frequency"] = "Hourly" });

        Assert.Contains("Say it in the team channel that should receive the posts: I post there, not in a personal chat.", routes.Texts);
        Assert.Empty(await Routes.GetRoutesAsync());
        Assert.Contains("That button is no longer valid. Here is what I can do.", contact.Texts);
        Assert.Contains("You receive the weekly digest here.", frequency.Texts);
        await conversation.SayAsync("unsubscribe");
    }
}
