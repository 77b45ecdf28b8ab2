using Dre.Bot.Conversations.Handlers;
using Dre.Bot.Routing;
using Dre.Bot.Teams;
using Microsoft.Extensions.Options;
using Dre.Core.Localization;
using Dre.Core.Partners;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations;

/// <summary>
/// The DRE Collab bot in Teams. It only routes: a message or a card button becomes an intent or an action, answered by
/// its one handler (<see cref="TurnRouter"/>) over the same services as the API. Every user mistake gets an answer in
/// the user's language, never silence.
/// </summary>
public sealed partial class DreTeamsBot(
    BotTurns turns,
    TurnRouter router,
    PartnerSearch search,
    IPartnerDirectory directory,
    BotClaims claims,
    ChannelRegistry channels,
    PersonalConversations personalChats,
    IOptions<TeamsAccessOptions> access,
    TimeProvider time,
    ILogger<DreTeamsBot> logger) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (!TeamsAccess.IsAllowed(turnContext.Activity, access.Value.TenantId!))
        {
            await RefuseAsync(turnContext, cancellationToken);
            return;
        }

        try
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && turnContext.Activity.Type == ActivityTypes.Message)
        {
            // The boundary of a turn: log it, and tell the user something went wrong rather than leaving them with silence.
            // A call that timed out ends here too: only the caller's own cancellation goes through.
            LogTurnFailed(logger, ex, turnContext.Activity.Id);
            var language = LanguageDetector.Detect(turnContext.Activity.Locale, turnContext.Activity.Text);
            await turnContext.SendActivityAsync(MessageFactory.Text(Texts.For(language).SomethingWentWrong), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is JObject submitted)
        {
            var submitLanguage = SubmitData.Text(submitted, BotTurn.LanguageKey) == "fr" ? Language.French : LanguageDetector.Detect(activity.Locale, null);
            await router.OnCardSubmitAsync(await turns.StartAsync(turnContext, submitLanguage, cancellationToken), submitted, cancellationToken);
            return;
        }

        var text = MessageText.Of(activity);
        var turn = await turns.StartAsync(turnContext, LanguageDetector.Detect(activity.Locale, text), cancellationToken);
        await RememberConversationAsync(turn, cancellationToken);
        await router.OnIntentAsync(turn, IntentRecognizer.Recognize(text, time.GetUtcNow(), turn.Partners.Mentions), cancellationToken);
    }

    /// <summary>
    /// Only the bot's own arrival matters here. The Teams handler would first look every added member up through the
    /// Teams API; the bot needs none of that, so conversation updates are handled here directly.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        await channels.OnConversationUpdateAsync(turnContext, cancellationToken);
        var botId = turnContext.Activity.Recipient?.Id;
        if (botId is not null && (turnContext.Activity.MembersAdded ?? []).Any(m => m?.Id == botId))
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        await channels.OnInstallationUpdateAsync(turnContext, cancellationToken);
        await WelcomeAsync(turnContext, cancellationToken);
    }

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        channels.OnInstallationUpdateAsync(turnContext, cancellationToken);

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == ContactForms.SearchInvokeName)
        {
            var snapshot = await directory.GetSnapshotAsync(cancellationToken);
            return ContactForms.Search(turnContext.Activity, snapshot, LanguageDetector.Detect(((Activity)turnContext.Activity).Locale, null));
        }

        return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    protected override async Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        var turn = await turns.StartAsync(turnContext, LanguageDetector.Detect(((Activity)turnContext.Activity).Locale, null), cancellationToken);
        return await search.SearchAsync(turn, query, cancellationToken);
    }

    /// <summary>A channel the bot hears from is live; a personal chat is where alerts for that person can go later.</summary>
    private async Task RememberConversationAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (ChannelRegistry.IsTeamChannel(turn.Context.Activity))
        {
            await channels.OnChannelMessageAsync(turn.Context, language: null, cancellationToken);
        }
        else
        {
            await personalChats.RememberAsync(turn.Context, turn.User.UserId, turn.Cards.Language == Language.French ? "fr" : "en", cancellationToken);
        }
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams announces an install twice (conversationUpdate and installationUpdate): welcome once.
        if (!await claims.TryClaimWelcomeAsync(turnContext.Activity.Conversation?.Id ?? "", time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var turn = await turns.StartAsync(turnContext, LanguageDetector.Detect(turnContext.Activity.Locale, null), cancellationToken);
        await turn.SendCardAsync(Cards.HelpCard.Build(turn.Cards, welcome: true), cancellationToken);
    }

    /// <summary>Someone who is not one of our people, or not in Teams, gets a polite refusal and nothing else: no card, no data, no state kept.</summary>
    private async Task RefuseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        LogRefused(logger, activity.ChannelId, activity.Conversation?.TenantId);
        var refusal = Texts.For(LanguageDetector.Detect(activity.Locale, activity.Text)).NotForYou;
        if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(refusal), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Invoke)
        {
            var answer = new MessagingExtensionResponse { ComposeExtension = new MessagingExtensionResult { Type = "message", Text = refusal } };
            await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200, Body = answer } }, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from channel {ChannelId}, tenant {TenantId}: not one of our people in Teams")]
    private static partial void LogRefused(ILogger logger, string? channelId, string? tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot turn {ActivityId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityId);
}
