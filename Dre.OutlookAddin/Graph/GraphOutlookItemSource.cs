using Azure.Identity;
using Dre.OutlookAddin.ItemSource;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Graph.Me.TranslateExchangeIds;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace Dre.OutlookAddin.Graph;

/// <summary>
/// Reads an Outlook item from the user's mailbox through Microsoft Graph, with a Graph token obtained on the user's
/// behalf. The Graph token stays in this process: only the item's details go back to the caller.
/// </summary>
public sealed partial class GraphOutlookItemSource(
    IOptions<GraphOptions> options,
    IOnBehalfOfCredentials credentials,
    IHttpClientFactory httpClients,
    ILogger<GraphOutlookItemSource> logger) : IOutlookItemSource
{
    public const string HttpClientName = "Dre.Graph";

    private static readonly string[] EventFields = ["iCalUId", "subject", "start", "end", "organizer", "attendees", "type", "originalStart", "seriesMasterId"];
    // Whether an item exists is all that is asked of it: its id, of the first match.
    private static readonly string[] IdOnly = ["id"];
    private static readonly string[] MessageFields = ["internetMessageId", "subject", "from", "toRecipients", "ccRecipients", "sentDateTime"];

    public async Task<OutlookItemDetails?> GetAsync(OutlookItemRef item, string userAccessToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var graph = ClientFor(userAccessToken);
        try
        {
            var restId = await ToRestIdAsync(graph, item.ItemId, cancellationToken);
            if (restId is null)
            {
                LogNotFound(logger, item.Type);
                return null;
            }

            return item.Type == OutlookItemType.Appointment
                ? ToDetails(await graph.Me.Events[restId].GetAsync(r => r.QueryParameters.Select = EventFields, cancellationToken))
                : ToDetails(await graph.Me.Messages[restId].GetAsync(r => r.QueryParameters.Select = MessageFields, cancellationToken));
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            LogNotFound(logger, item.Type);
            return null;
        }
        catch (Exception error) when (error is ODataError or AuthenticationFailedException or AggregateException)
        {
            throw Unavailable(error);
        }
    }

    public async Task<bool> HoldsAsync(OutlookItemKey key, string userAccessToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var graph = ClientFor(userAccessToken);
        try
        {
            if (key.ICalUid is { Length: > 0 } iCalUid)
            {
                var events = await graph.Me.Events.GetAsync(
                    r => (r.QueryParameters.Filter, r.QueryParameters.Select, r.QueryParameters.Top) = (Is("iCalUId", iCalUid), IdOnly, 1),
                    cancellationToken);
                return events?.Value is { Count: > 0 };
            }

            if (key.InternetMessageId is { Length: > 0 } messageId)
            {
                var messages = await graph.Me.Messages.GetAsync(
                    r => (r.QueryParameters.Filter, r.QueryParameters.Select, r.QueryParameters.Top) = (Is("internetMessageId", messageId), IdOnly, 1),
                    cancellationToken);
                return messages?.Value is { Count: > 0 };
            }

            return false;
        }
        catch (Exception error) when (error is ODataError or AuthenticationFailedException or AggregateException)
        {
            throw Unavailable(error);
        }
    }

    /// <summary>An OData filter on one string property (a quote in the value is doubled, as OData escapes it).</summary>
    private static string Is(string property, string value) => $"{property} eq '{value.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>What went wrong, as the caller can act on it. The SDK's retry handler gives up with an AggregateException of its 429s and 503s.</summary>
    private static MailboxUnavailableException Unavailable(Exception error) => error switch
    {
        ODataError { ResponseStatusCode: 429 } or AggregateException => new MailboxUnavailableException(MailboxFailure.Throttled, TimeSpan.FromSeconds(30), error),
        ODataError { ResponseStatusCode: 401 or 403 } or AuthenticationFailedException => new MailboxUnavailableException(MailboxFailure.AccessDenied, null, error),
        _ => new MailboxUnavailableException(MailboxFailure.ServiceError, null, error),
    };

    private GraphServiceClient ClientFor(string userAccessToken)
    {
        var graph = options.Value;
        var authentication = new AzureIdentityAuthenticationProvider(
            credentials.For(userAccessToken),
            allowedHosts: [graph.BaseUrl.Host],
            observabilityOptions: null,
            isCaeEnabled: false,
            scopes: [graph.Scope]);
        return new GraphServiceClient(httpClients.CreateClient(HttpClientName), authentication, graph.BaseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>Office.js names items with EWS ids; Graph wants REST ids. The service converts them (more than a character swap).</summary>
    private static async Task<string?> ToRestIdAsync(GraphServiceClient graph, string ewsId, CancellationToken cancellationToken)
    {
        var translated = await graph.Me.TranslateExchangeIds.PostAsTranslateExchangeIdsPostResponseAsync(
            new TranslateExchangeIdsPostRequestBody
            {
                InputIds = [ewsId],
                SourceIdType = ExchangeIdFormat.EwsId,
                TargetIdType = ExchangeIdFormat.RestId,
            },
            cancellationToken: cancellationToken);
        return translated?.Value?.FirstOrDefault()?.TargetId is { Length: > 0 } restId ? restId : null;
    }

    private static OutlookItemDetails? ToDetails(Event? appointment) => appointment is null ? null : new OutlookItemDetails(
        ICalUid: appointment.ICalUId,
        OccurrenceStart: appointment.Type is EventType.Occurrence or EventType.Exception
            ? appointment.OriginalStart ?? GraphTimes.ToDateTimeOffset(appointment.Start)
            : null,
        InternetMessageId: null,
        Subject: appointment.Subject,
        Start: GraphTimes.ToDateTimeOffset(appointment.Start),
        End: GraphTimes.ToDateTimeOffset(appointment.End),
        People: People([appointment.Organizer?.EmailAddress, .. (appointment.Attendees ?? []).Select(a => a.EmailAddress)]));

    private static OutlookItemDetails? ToDetails(Message? message) => message is null ? null : new OutlookItemDetails(
        ICalUid: null,
        OccurrenceStart: null,
        InternetMessageId: message.InternetMessageId,
        Subject: message.Subject,
        Start: message.SentDateTime,
        End: null,
        People: People([
            message.From?.EmailAddress,
            .. (message.ToRecipients ?? []).Select(r => r.EmailAddress),
            .. (message.CcRecipients ?? []).Select(r => r.EmailAddress),
        ]));

    /// <summary>Each address once, in the order Graph gave them (organiser or sender first).</summary>
    private static List<OutlookPerson> People(IEnumerable<EmailAddress?> addresses) => addresses
        .Where(a => !string.IsNullOrWhiteSpace(a?.Address))
        .DistinctBy(a => a!.Address!.Trim(), StringComparer.OrdinalIgnoreCase)
        .Select(a => new OutlookPerson(string.IsNullOrWhiteSpace(a!.Name) ? a.Address!.Trim() : a.Name.Trim(), a.Address!.Trim()))
        .ToList();

    [LoggerMessage(Level = LogLevel.Information, Message = "Outlook {ItemType} not found in the user's mailbox")]
    private static partial void LogNotFound(ILogger logger, OutlookItemType itemType);
}
