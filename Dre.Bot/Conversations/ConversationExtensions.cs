using Dre.Bot.Cards;
using Dre.Bot.Conversations.Handlers;
using Dre.Core;
using Dre.Core.Identity;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dre.Bot.Conversations;

public static class ConversationExtensions
{
    /// <summary>The Teams bot's conversations: <see cref="IBot"/> is <see cref="DreTeamsBot"/>, over the same services as the API.</summary>
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RoleDirectory>()
            .BindConfiguration(RoleDirectory.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<LinksOptions>()
            .BindConfiguration(LinksOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CardLinks>();
        builder.Services.AddSingleton<IMemberAddresses, TeamsMemberAddresses>();
        // The host puts Entra's app role assignments in its place when Roles:AppRoleAssignments is on.
        builder.Services.TryAddSingleton<IAppRoleAssignments, NoAppRoleAssignments>();
        builder.Services.TryAddSingleton<IUserDirectory, NoUserDirectory>();
        builder.Services.AddSingleton<StaffRoles>();
        builder.Services.AddSingleton<BotUsers>();
        builder.Services.AddSingleton<BotClaims>();
        builder.Services.AddClaimPruning(BotClaims.TableName, BotClaims.FormRetention);
        builder.Services.AddSingleton<AudienceReplies>();
        builder.Services.AddSingleton<PartnerReplies>();
        builder.Services.AddSingleton<ContactForms>();
        builder.Services.AddSingleton<FollowUpReplies>();
        builder.Services.AddSingleton<ContactReplies>();
        builder.Services.AddSingleton<ContactRecordReplies>();
        builder.Services.AddSingleton<Routing.ChannelRegistry>();
        builder.Services.AddSingleton<Routing.PersonalConversations>();
        builder.Services.AddSingleton<Routing.SettingsReplies>();
        builder.Services.AddSingleton<Digest.DigestReplies>();
        builder.Services.AddSingleton<BotTurns>();
        builder.Services.AddSingleton<PartnerSearch>();
        builder.Services
            .AddTurnHandler<HelpHandler>()
            .AddTurnHandler<StatusHandler>()
            .AddTurnHandler<ContactsHandler>()
            .AddTurnHandler<PlannedContactsHandler>()
            .AddTurnHandler<BriefingHandler>()
            .AddTurnHandler<OpenContactFormHandler>()
            .AddTurnHandler<SubmitContactHandler>()
            .AddTurnHandler<MyFollowUpsHandler>()
            .AddTurnHandler<OverdueFollowUpsHandler>()
            .AddTurnHandler<CompleteFollowUpHandler>()
            .AddTurnHandler<UpdateStateOfPlayHandler>()
            .AddTurnHandler<ShowContactHandler>()
            .AddTurnHandler<HoldContactHandler>()
            .AddTurnHandler<MoveContactHandler>()
            .AddTurnHandler<CancelContactHandler>()
            .AddTurnHandler<DeleteContactHandler>()
            .AddTurnHandler<ContactHistoryHandler>()
            .AddTurnHandler<RouteHereHandler>()
            .AddTurnHandler<SettingsHandler>()
            .AddTurnHandler<SetRoutesHandler>()
            .AddTurnHandler<SubscribeHandler>()
            .AddTurnHandler<UnsubscribeHandler>()
            .AddTurnHandler<DigestPreviewHandler>()
            .AddTurnHandler<UnknownIntentHandler>();
        builder.Services.AddSingleton<TurnRouter>();
        builder.Services.AddSingleton<DreTeamsBot>();
        builder.Services.AddSingleton<IBot>(sp => sp.GetRequiredService<DreTeamsBot>());
        return builder;
    }
}
