using System.Globalization;
using System.Net;
using Dre.Bot.Teams;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Dre.Bot.Notifications;

/// <summary>
/// Messages the bot sends on its own (channel summaries, alerts, digests) through the Bot Framework adapter, paced per
/// conversation as Teams requires. Every failure comes out as a <see cref="DeliveryException"/> that says whether to
/// wait, retry or give up on the conversation.
/// </summary>
public sealed class ProactiveMessenger(CloudAdapter adapter, IOptions<TeamsBotOptions> bot, ConversationPacer pacer, TimeProvider time)
{
    /// <summary>How long a conversation rests after a 429 that named no Retry-After.</summary>
    public static readonly TimeSpan ThrottledPause = TimeSpan.FromSeconds(2);

    /// <summary>The longest a send waits for its conversation's turn; a busier conversation is retried later.</summary>
    public static readonly TimeSpan MaxPacingWait = TimeSpan.FromSeconds(2);

    public static ConversationReference Read(string serialized) =>
        JsonConvert.DeserializeObject<ConversationReference>(serialized) ?? throw new JsonException("Empty conversation reference.");

    public static string Write(ConversationReference reference) => JsonConvert.SerializeObject(reference, Formatting.None);

    /// <summary>Posts <paramref name="activity"/> as a new message (a new thread in a channel) and returns the id Teams gave it.</summary>
    public async Task<string> PostAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        string? id = null;
        await SendAsync(reference, async client =>
        {
            Address(activity, reference);
            id = (await client.Conversations.SendToConversationAsync(activity, cancellationToken))?.Id;
        }, cancellationToken);
        return id ?? throw new DeliveryException(DeliveryFailure.Transient, null, null, null);
    }

    public Task UpdateAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(reference, client =>
        {
            Address(activity, reference);
            activity.Id = activityId;
            return client.Conversations.UpdateActivityAsync(reference.Conversation.Id, activityId, activity, cancellationToken);
        }, cancellationToken);

    /// <summary>Takes a message down; one already gone is no failure.</summary>
    public async Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(reference, client => client.Conversations.DeleteActivityAsync(reference.Conversation.Id, activityId, cancellationToken), cancellationToken);
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
        {
            // Deleted by someone, or the channel is gone: either way nothing shows.
        }
    }

    /// <summary>Opens the bot's personal chat with someone who never wrote to it (allowed once the app is installed for them).</summary>
    public async Task<ConversationReference> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        ConversationReference? created = null;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            TenantId = tenantId,
            Members = [new ChannelAccount(id: aadObjectId, aadObjectId: aadObjectId)],
            ChannelData = new { tenant = new { id = tenantId } },
        };
        await GuardAsync(() => adapter.CreateConversationAsync(
            bot.Value.MicrosoftAppId ?? "", Channels.Msteams, serviceUrl, null, parameters,
            (turn, _) =>
            {
                created = turn.Activity.GetConversationReference();
                return Task.CompletedTask;
            },
            cancellationToken));
        return created ?? throw new DeliveryException(DeliveryFailure.Transient, null, null, null);
    }

    /// <remarks>
    /// The call goes through the turn's connector client rather than the turn: a turn would send a reply to the
    /// continuation activity (which does not exist in Teams), and the adapter's turn error handler would swallow failures.
    /// </remarks>
    private async Task SendAsync(ConversationReference reference, Func<IConnectorClient, Task> send, CancellationToken cancellationToken)
    {
        if (await pacer.WaitTurnAsync(reference.Conversation?.Id ?? "", MaxPacingWait, cancellationToken) is { } busy && busy > TimeSpan.Zero)
        {
            throw new DeliveryException(DeliveryFailure.Throttled, null, busy, null);
        }

        try
        {
            await GuardAsync(async () =>
            {
                Exception? failure = null;
                await adapter.ContinueConversationAsync(bot.Value.MicrosoftAppId ?? "", reference, async (turn, _) =>
                {
                    try
                    {
                        await send(turn.TurnState.Get<IConnectorClient>());
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                }, cancellationToken);
                if (failure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                }
            });
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Throttled)
        {
            pacer.Hold(reference.Conversation?.Id ?? "", e.RetryAfter ?? ThrottledPause);
            throw;
        }
    }

    private static void Address(Activity activity, ConversationReference reference)
    {
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.ChannelId = reference.ChannelId;
        activity.ReplyToId = null;
    }

    private async Task GuardAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (ErrorResponseException e) when (e.Response is not null)
        {
            var status = (int)e.Response.StatusCode;
            var failure = status switch
            {
                429 => DeliveryFailure.Throttled,
                403 or 404 => DeliveryFailure.Gone,
                _ => DeliveryFailure.Transient,
            };
            throw new DeliveryException(failure, status, RetryAfter(e.Response.Headers), e);
        }
        catch (HttpRequestException e)
        {
            throw new DeliveryException(DeliveryFailure.Transient, e.StatusCode is { } code ? (int)code : null, null, e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw new DeliveryException(DeliveryFailure.Transient, (int)HttpStatusCode.RequestTimeout, null, e);
        }
    }

    /// <summary>Retry-After as Teams sends it: a number of seconds, or an HTTP date.</summary>
    private TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at > time.GetUtcNow()
            ? at - time.GetUtcNow()
            : null;
    }
}
