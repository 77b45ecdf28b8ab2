using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Dre.Bot.Notifications;

/// <summary>
/// Posts a card to a stored conversation, or replaces the card posted there before, with the bot's own credentials,
/// and reports the outcome instead of throwing: the caller decides what a throttle or a removed channel means.
/// </summary>
public sealed class ChannelPoster(IBotFrameworkHttpAdapter httpAdapter, IConfiguration configuration, ILogger<ChannelPoster> logger)
{
    private readonly CloudAdapter _adapter = (CloudAdapter)httpAdapter;

    public async Task<PostOutcome> PostAsync(string conversationReference, Attachment card, string? replaceActivityId, CancellationToken cancellationToken = default)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(conversationReference)
            ?? throw new InvalidOperationException("A stored conversation reference is never empty.");
        string? activityId = null;
        try
        {
            await _adapter.ContinueConversationAsync(configuration["MicrosoftAppId"], reference, async (turn, ct) =>
            {
                var activity = MessageFactory.Attachment(card);
                if (replaceActivityId is not null)
                {
                    activity.Id = replaceActivityId;
                    await turn.UpdateActivityAsync(activity, ct);
                    activityId = replaceActivityId;
                }
                else
                {
                    activityId = (await turn.SendActivityAsync(activity, ct))?.Id;
                }
            }, cancellationToken);
            return PostOutcome.Sent(activityId);
        }
        catch (ErrorResponseException e)
        {
            var status = e.Response?.StatusCode ?? HttpStatusCode.InternalServerError;
            logger.LogWarning("Posting to {ServiceUrl} answered {Status}", reference.ServiceUrl, (int)status);
            return status switch
            {
                HttpStatusCode.TooManyRequests => new PostOutcome(PostStatus.Throttled, RetryAfter: RetryAfterOf(e)),
                HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new PostOutcome(PostStatus.Gone),
                _ => new PostOutcome(PostStatus.Transient),
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Posting to {ServiceUrl} failed", reference.ServiceUrl);
            return new PostOutcome(PostStatus.Transient);
        }
    }

    private static TimeSpan? RetryAfterOf(ErrorResponseException e) =>
        e.Response?.Headers is { } headers && headers.TryGetValue("Retry-After", out var values)
            && values.FirstOrDefault() is { } value && int.TryParse(value, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
