using Dre.Core.Localization;
using Dre.Bot.Notifications;
using Dre.Core.Notifications;
using Dre.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Dre.Bot.Routing;

/// <summary>
/// Keeps the store's list of channels as Teams describes them: every channel of a team when the app is installed, then
/// created, renamed, deleted, restored, archived channels and teams, and the app's removal. Any message in a channel
/// also records it, so that a channel missed while the service was down is known again at its first message. What a
/// message finds recorded is kept briefly (<see cref="StoreReadCache"/>), so that a busy channel costs no read per turn;
/// this instance's changes to a channel remove it at once. Deliveries read the store itself.
/// </summary>
public sealed partial class ChannelRegistry(IChannelStore channelStore, StoreReadCache cache, ILogger<ChannelRegistry> logger)
{
    /// <summary>The bot's one-to-one chat with someone (the emulator sends no conversation type).</summary>
    public static bool IsPersonalChat(IActivity activity) => activity.Conversation?.ConversationType is null or "personal";

    public static bool IsTeamChannel(IActivity activity) =>
        activity.Conversation?.ConversationType == "channel" && activity.GetChannelData<TeamsChannelData>()?.Team?.Id is not null;

    /// <summary>The key of the channel the activity comes from, or null outside a team channel.</summary>
    public static string? ChannelKeyOf(IActivity activity)
    {
        var data = activity.GetChannelData<TeamsChannelData>();
        return IsTeamChannel(activity) ? ChannelKeys.Of(data.Team.Id, ChannelIdOf(activity, data)) : null;
    }

    public async Task OnConversationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var data = activity.GetChannelData<TeamsChannelData>();
        if (data?.Team?.Id is not { } teamId)
        {
            return;
        }

        var botId = activity.Recipient?.Id;
        if ((activity.MembersAdded ?? []).Any(m => m?.Id == botId))
        {
            await OnInstalledAsync(turnContext, data, cancellationToken);
            return;
        }

        if ((activity.MembersRemoved ?? []).Any(m => m?.Id == botId))
        {
            await MarkTeamInactiveAsync(teamId, "app removed from the team", cancellationToken);
            return;
        }

        switch (data.EventType)
        {
            case "channelCreated" or "channelRenamed" or "channelRestored" or "channelShared" when data.Channel?.Id is { } channelId:
                await UpsertAsync(turnContext, data, channelId, data.Channel.Name, language: null, cancellationToken);
                break;
            case "channelDeleted" or "channelUnshared" when data.Channel?.Id is { } channelId:
                await channelStore.MarkInactiveAsync(ChannelKeys.Of(teamId, channelId), data.EventType, cancellationToken);
                cache.Remove(CacheKey(ChannelKeys.Of(teamId, channelId)));
                break;
            case "teamArchived" or "teamDeleted" or "teamHardDeleted":
                await MarkTeamInactiveAsync(teamId, data.EventType, cancellationToken);
                break;
            case "teamRenamed" or "teamUnarchived" or "teamRestored":
                await RecordTeamAsync(turnContext, data, cancellationToken);
                break;
        }
    }

    public async Task OnInstallationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var data = activity.GetChannelData<TeamsChannelData>();
        if (data?.Team?.Id is not { } teamId)
        {
            return;
        }

        if (activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true)
        {
            await MarkTeamInactiveAsync(teamId, "app uninstalled", cancellationToken);
        }
        else
        {
            await OnInstalledAsync(turnContext, data, cancellationToken);
        }
    }

    /// <summary>
    /// A message in a channel: the channel is live, whatever was recorded before. Its language changes only when given
    /// (by whoever routes portfolios there), not with each speaker.
    /// </summary>
    public async Task OnChannelMessageAsync(ITurnContext turnContext, string? language, CancellationToken cancellationToken)
    {
        var data = turnContext.Activity.GetChannelData<TeamsChannelData>();
        var channelId = ChannelIdOf(turnContext.Activity, data);
        var key = ChannelKeys.Of(data.Team.Id, channelId);
        var known = await cache.GetAsync(CacheKey(key), ct => channelStore.GetChannelAsync(key, ct), cancellationToken);
        if (known is { Active: true } && (language is null || known.Language == language))
        {
            return;
        }

        await UpsertAsync(turnContext, data, channelId, known?.ChannelName ?? data.Channel?.Name, language, cancellationToken);
    }

    private async Task MarkTeamInactiveAsync(string teamId, string reason, CancellationToken cancellationToken)
    {
        await channelStore.MarkTeamInactiveAsync(teamId, reason, cancellationToken);
        await foreach (var channel in channelStore.ListTeamAsync(teamId, cancellationToken))
        {
            cache.Remove(CacheKey(channel.Key));
        }
    }

    private static (string, string) CacheKey(string channelKey) => (nameof(ChannelRegistry), channelKey);

    private async Task OnInstalledAsync(ITurnContext turnContext, TeamsChannelData data, CancellationToken cancellationToken)
    {
        await RecordTeamAsync(turnContext, data, cancellationToken);
        LogInstalled(logger, data.Team.Id);
    }

    /// <summary>Every channel of the team as Teams lists it; if Teams cannot list them now, at least the channel the event came from.</summary>
    private async Task RecordTeamAsync(ITurnContext turnContext, TeamsChannelData data, CancellationToken cancellationToken)
    {
        IList<ChannelInfo> channels;
        try
        {
            channels = await TeamsInfo.GetTeamChannelsAsync(turnContext, data.Team.Id, cancellationToken);
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException)
        {
            LogChannelListFailed(logger, e, data.Team.Id);
            channels = [new ChannelInfo(ChannelIdOf(turnContext.Activity, data), data.Channel?.Name)];
        }

        foreach (var channel in channels)
        {
            await UpsertAsync(turnContext, data, channel.Id, channel.Name, language: null, cancellationToken);
        }
    }

    private async Task UpsertAsync(ITurnContext turnContext, TeamsChannelData data, string channelId, string? channelName, string? language, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var tenantId = data.Tenant?.Id ?? activity.Conversation?.TenantId ?? "";
        var key = ChannelKeys.Of(data.Team.Id, channelId);
        var known = await channelStore.GetChannelAsync(key, cancellationToken);
        var reference = new ConversationReference
        {
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Bot = activity.Recipient,
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channelId, name: channelName, tenantId: tenantId),
        };
        await channelStore.UpsertChannelAsync(new ChannelRecord
        {
            TeamId = data.Team.Id,
            ChannelId = channelId,
            TeamName = data.Team.Name ?? known?.TeamName,
            ChannelName = channelName,
            TenantId = tenantId,
            ServiceUrl = activity.ServiceUrl,
            ConversationReference = ProactiveMessenger.Write(reference),
            Language = language ?? known?.Language ?? LanguageOf(activity),
        }, cancellationToken);
        cache.Remove(CacheKey(key));
    }

    /// <summary>The channel a message was posted in: the conversation id without the thread's message id.</summary>
    private static string ChannelIdOf(IActivity activity, TeamsChannelData data) =>
        data.Channel?.Id ?? (activity.Conversation?.Id ?? data.Team.Id).Split(';')[0];

    private static string LanguageOf(IActivity activity) =>
        LanguageDetector.Detect((activity as Activity)?.Locale, null) == Dre.Core.Partners.Language.French ? "fr" : "en";

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed in team {TeamId}: its channels are recorded")]
    private static partial void LogInstalled(ILogger logger, string teamId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the channels of team {TeamId}; recorded the event's channel only")]
    private static partial void LogChannelListFailed(ILogger logger, Exception exception, string teamId);
}
