using Dre.Core.Localization;
using Dre.Bot.Cards;
using Dre.Bot.Routing;
using Dre.Bot.Digest;
using Dre.Core.Contacts;
using Dre.Core.Partners;
using Dre.Core.Validation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations;

/// <summary>
/// The DRE Collab bot in Teams. It only routes: a message or a card button becomes an intent, handled by the replies
/// classes over the same services as the API. Every user mistake gets an answer in the user's language, never silence.
/// </summary>
public sealed partial class DreTeamsBot(
    IPartnerDirectory directory,
    BotUsers users,
    PartnerReplies partners,
    ContactForms forms,
    FollowUpReplies followUps,
    PartnerStatusService statuses,
    CardLinks links,
    BotClaims claims,
    ContactService contacts,
    ChannelRegistry channels,
    PersonalConversations personalChats,
    SettingsReplies settings,
    DigestReplies digests,
    TimeProvider time,
    ILogger<DreTeamsBot> logger) : TeamsActivityHandler
{
    public const string SearchCommandId = "searchPartner";
    public const string SearchParameter = "query";
    public const int SearchResultCount = 8;
    private static readonly TimeSpan SearchBudget = TimeSpan.FromSeconds(4);

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && turnContext.Activity.Type == ActivityTypes.Message)
        {
            // The boundary of a turn: log it, and tell the user something went wrong rather than leaving them with silence.
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
            await OnCardSubmitAsync(await TurnAsync(turnContext, submitLanguage, cancellationToken), submitted, cancellationToken);
            return;
        }

        var text = MessageText(turnContext);
        var turn = await TurnAsync(turnContext, LanguageDetector.Detect(activity.Locale, text), cancellationToken);
        await RememberConversationAsync(turn, cancellationToken);
        var intent = IntentRecognizer.Recognize(text, time.GetUtcNow());
        await OnIntentAsync(turn, intent, cancellationToken);
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
        var text = query.Parameters?.FirstOrDefault(p => p.Name == SearchParameter)?.Value?.ToString() ?? "";
        var turn = await TurnAsync(turnContext, LanguageDetector.Detect(((Activity)turnContext.Activity).Locale, null), cancellationToken);
        var found = query.CommandId != SearchCommandId
            ? []
            : text.Trim().Length == 0
                ? turn.Partners.Partners.OrderBy(p => p.DisplayName(turn.Cards.Language), StringComparer.CurrentCulture).Take(SearchResultCount).ToList()
                : turn.Partners.Resolver.Resolve(text.Length > 200 ? text[..200] : text, SearchResultCount).Candidates.Select(c => c.Partner).ToList();

        // Teams waits 5 s for the answer: the statuses are read together, and a slow one falls back to a card without contacts.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(SearchBudget);
        var results = await Task.WhenAll(found.Select(p => SearchResultAsync(turn, p, budget.Token)));
        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = AttachmentLayoutTypes.List, Attachments = results },
        };
    }

    private async Task<MessagingExtensionAttachment> SearchResultAsync(BotTurn turn, Partner partner, CancellationToken cancellationToken)
    {
        PartnerStatus status;
        try
        {
            status = await statuses.GetAsync(partner.Id, turn.User, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            status = new PartnerStatus(partner, partner.ParentId is { } p ? turn.Partners.Find(p) : null, [], [], []);
        }

        var card = StatusCard.Build(status, turn.Cards, canEditStateOfPlay: false);
        var attachment = AdaptiveCard.ToAttachment(BotTurn.StampLanguage(card, turn.Cards.Language));
        var name = CardText.Plain(partner.DisplayName(turn.Cards.Language), 120);
        return new MessagingExtensionAttachment
        {
            ContentType = attachment.ContentType,
            Content = attachment.Content,
            Preview = new ThumbnailCard { Title = name, Text = CardText.Plain(turn.Texts.Kind(partner.Kind), 120) }.ToAttachment(),
        };
    }

    private async Task OnIntentAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        switch (intent.Kind)
        {
            case IntentKind.Help:
                await turn.SendCardAsync(HelpCard.Build(turn.Cards, welcome: false), cancellationToken);
                break;
            case IntentKind.Status when intent.PartnerQuery is null:
                await turn.SayAsync(turn.Texts.WhichPartner, cancellationToken);
                break;
            case IntentKind.Status:
                if (await PartnerReplies.ResolveAsync(turn, intent.PartnerQuery, BotAction.Status, null, quietIfNone: false, cancellationToken) is { } partner)
                {
                    await partners.SendStatusAsync(turn, partner.Id, cancellationToken);
                }

                break;
            case IntentKind.Contacts:
                await OnContactsAsync(turn, intent, cancellationToken);
                break;
            case IntentKind.LogContact:
                var formPartner = intent.PartnerQuery is null ? null
                    : turn.Partners.Resolver.Resolve(intent.PartnerQuery).Match;
                await ContactForms.SendFormAsync(turn, formPartner?.Id, cancellationToken);
                break;
            case IntentKind.MyFollowUps:
                await followUps.SendAsync(turn, FollowUpsView.Mine, cancellationToken);
                break;
            case IntentKind.OverdueFollowUps:
                await followUps.SendAsync(turn, FollowUpsView.Overdue, cancellationToken);
                break;
            case IntentKind.RouteHere:
                await settings.RouteHereAsync(turn, intent.Targets ?? [], cancellationToken);
                break;
            case IntentKind.Settings:
                await settings.SendAsync(turn, cancellationToken);
                break;
            case IntentKind.Subscribe:
                await digests.SubscribeAsync(turn, intent.Frequency ?? Core.Digest.DigestFrequency.Weekly, cancellationToken);
                break;
            case IntentKind.Unsubscribe:
                await digests.UnsubscribeAsync(turn, cancellationToken);
                break;
            case IntentKind.DigestPreview:
                await digests.PreviewAsync(turn, cancellationToken);
                break;
            default:
                // A bare partner name is a status request; anything else gets examples.
                if (intent.PartnerQuery is { } query
                    && await PartnerReplies.ResolveAsync(turn, query, BotAction.Status, null, quietIfNone: true, cancellationToken) is { } named)
                {
                    await partners.SendStatusAsync(turn, named.Id, cancellationToken);
                }
                else if (intent.PartnerQuery is null || turn.Partners.Resolver.Resolve(intent.PartnerQuery).Kind == PartnerResolutionKind.None)
                {
                    await turn.SayAsync(turn.Texts.NotUnderstood, cancellationToken);
                }

                break;
        }
    }

    private async Task OnContactsAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.PeriodNotUnderstood)
        {
            await turn.SayAsync(turn.Texts.DateNotUnderstood, cancellationToken);
        }

        string? partnerId = null;
        if (intent.PartnerQuery is { } query)
        {
            var partner = await PartnerReplies.ResolveAsync(turn, query, BotAction.Contacts, PeriodData(intent.Period), quietIfNone: false, cancellationToken);
            if (partner is null)
            {
                return;
            }

            partnerId = partner.Id;
        }

        await partners.SendContactsAsync(turn, partnerId, intent.Period, cancellationToken);
    }

    private async Task OnCardSubmitAsync(BotTurn turn, JObject submitted, CancellationToken cancellationToken)
    {
        var action = BotAction.Find(SubmitData.Text(submitted, BotAction.Key));
        var partnerId = SubmitData.Text(submitted, "partnerId");
        var partnerKnown = partnerId is not null && turn.Partners.Exists(partnerId);
        switch (action?.Name)
        {
            case "status" when partnerKnown:
                await partners.SendStatusAsync(turn, partnerId!, cancellationToken);
                break;
            case "contacts" when partnerId is null || partnerKnown:
                await partners.SendContactsAsync(turn, partnerId, ReadPeriod(submitted), cancellationToken);
                break;
            case "openContactForm":
                await ContactForms.SendFormAsync(turn, partnerKnown ? partnerId : null, cancellationToken);
                break;
            case "submitContact":
                await forms.SubmitAsync(turn, submitted, cancellationToken);
                break;
            case "completeFollowUp" when SubmitData.Text(submitted, "contactId") is { } contactId && SubmitData.Text(submitted, "followUpId") is { } followUpId:
                var view = SubmitData.Text(submitted, "view") == nameof(FollowUpsView.Overdue) ? FollowUpsView.Overdue : FollowUpsView.Mine;
                await followUps.CompleteAsync(turn, contactId, followUpId, view, cancellationToken);
                break;
            case "myFollowUps":
                await followUps.SendAsync(turn, FollowUpsView.Mine, cancellationToken);
                break;
            case "overdueFollowUps":
                await followUps.SendAsync(turn, FollowUpsView.Overdue, cancellationToken);
                break;
            case "updateStateOfPlay" when partnerKnown:
                await partners.UpdateStateOfPlayAsync(turn, partnerId!, SubmitData.Text(submitted, "version"), SubmitData.Text(submitted, StatusCard.StateOfPlayInput, 100_000), cancellationToken);
                break;
            case "help":
                await turn.SendCardAsync(HelpCard.Build(turn.Cards, welcome: false), cancellationToken);
                break;
            case "showContact" when SubmitData.Text(submitted, "contactId", 1_000) is { } shownId:
                await ShowContactAsync(turn, shownId, cancellationToken);
                break;
            case "settings":
                await settings.SendAsync(turn, cancellationToken);
                break;
            case "setRoutes":
                await settings.SetRoutesAsync(turn, submitted, cancellationToken);
                break;
            case "subscribe":
                var frequency = SubmitData.Text(submitted, "frequency") == nameof(Core.Digest.DigestFrequency.Daily) ? Core.Digest.DigestFrequency.Daily : Core.Digest.DigestFrequency.Weekly;
                await digests.SubscribeAsync(turn, frequency, cancellationToken);
                break;
            case "unsubscribe":
                await digests.UnsubscribeAsync(turn, cancellationToken);
                break;
            case "digestPreview":
                await digests.PreviewAsync(turn, cancellationToken);
                break;
            default:
                if (action is not null && partnerId is not null && !partnerKnown)
                {
                    await turn.SayAsync(turn.Texts.PartnerGone, cancellationToken);
                    break;
                }

                await turn.SayAsync(turn.Texts.UnknownAction, cancellationToken);
                await turn.SendCardAsync(HelpCard.Build(turn.Cards, welcome: false), cancellationToken);
                break;
        }
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

    /// <summary>"Open the contact" on a channel card: shown to whoever pressed it, only if they may see it.</summary>
    private async Task ShowContactAsync(BotTurn turn, string contactId, CancellationToken cancellationToken)
    {
        try
        {
            var contact = await contacts.GetAsync(contactId, turn.User, cancellationToken);
            await turn.SendCardAsync(ContactCard.Build(contact, turn.Cards), cancellationToken);
        }
        catch (Exception e) when (e is NotFoundException or InputException)
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
        }
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams announces an install twice (conversationUpdate and installationUpdate): welcome once.
        if (!await claims.TryClaimWelcomeAsync(turnContext.Activity.Conversation?.Id ?? "", time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var turn = await TurnAsync(turnContext, LanguageDetector.Detect(turnContext.Activity.Locale, null), cancellationToken);
        await turn.SendCardAsync(HelpCard.Build(turn.Cards, welcome: true), cancellationToken);
    }

    private async Task<BotTurn> TurnAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
    {
        var user = await users.ResolveAsync(turnContext, cancellationToken);
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        return new BotTurn(turnContext, user, new CardContext(Texts.For(language), snapshot, links, time.GetUtcNow()));
    }

    /// <summary>The message without the bot's @mention (channels) and without Teams' leftover &lt;at&gt; tags.</summary>
    /// <remarks>
    /// Like Activity.RemoveRecipientMention, but that helper throws on a mention entity without "mentioned"; an activity
    /// from outside must not be able to break the turn.
    /// </remarks>
    private static string MessageText(ITurnContext<IMessageActivity> turnContext)
    {
        var activity = turnContext.Activity;
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity?.Type == "mention" && entity.Properties is { } properties
                && botId is not null && SubmitData.Text(properties["mentioned"] as JObject, "id", 1_000) == botId
                && SubmitData.Text(properties, "text", 1_000) is { } tag)
            {
                text = text.Replace(tag, " ", StringComparison.Ordinal);
            }
        }

        return AtTags().Replace(text, " ").Trim();
    }

    private static System.Text.Json.Nodes.JsonObject? PeriodData(Period? period) => period is null ? null : new System.Text.Json.Nodes.JsonObject
    {
        ["from"] = period.From.ToString("O"),
        ["to"] = period.To.ToString("O"),
    };

    private static Period? ReadPeriod(JObject submitted) =>
        DateTimeOffset.TryParse(SubmitData.Text(submitted, "from"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var from)
        && DateTimeOffset.TryParse(SubmitData.Text(submitted, "to"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var to)
        && from < to
            ? new Period(from, to)
            : null;

    [System.Text.RegularExpressions.GeneratedRegex("<at>.*?</at>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial System.Text.RegularExpressions.Regex AtTags();

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot turn {ActivityId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityId);
}
