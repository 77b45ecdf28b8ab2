using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using Dre.Core.Partners;
using Dre.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Notifications;

/// <summary>
/// Keeps the coordination alerts already posted true to their contacts. When either contact of an alert changes, the
/// alert is shown again as it now stands while the two still overlap; it is withdrawn once they no longer do (moved
/// apart, cancelled, removed, another partner), and taken down or turned into a notice when one of them becomes
/// restricted, as channel summaries are: an alert must never keep showing what only a restricted contact's audience may
/// know. Each step is idempotent, so a retried outbox row or two instances revising one alert end on the same card.
/// </summary>
public sealed partial class CoordinationAlertRevisions(
    IContactStore contacts,
    IPartnerDirectory partners,
    TablePostedAlerts postedAlerts,
    ProactiveMessenger messenger,
    ChannelCards cards,
    IOptions<NotificationOptions> options,
    DreMetrics metrics,
    ILogger<CoordinationAlertRevisions> logger)
{
    /// <summary>Revises every alert posted about <paramref name="contact"/>, as it is now.</summary>
    public async Task ReviseAsync(Contact contact, CancellationToken cancellationToken)
    {
        foreach (var alert in await postedAlerts.ListAsync(contact.Id, cancellationToken))
        {
            var other = await contacts.GetAsync(alert.OtherId, cancellationToken);
            await ReviseAsync(alert, alert.FirstId == contact.Id ? (contact, other) : (other, contact), cancellationToken);
        }
    }

    /// <summary>Revises one alert just posted: either contact may have changed while it was on its way.</summary>
    public async Task ReviseAsync(PostedAlert alert, CancellationToken cancellationToken) =>
        await ReviseAsync(alert, (await contacts.GetAsync(alert.FirstId, cancellationToken), await contacts.GetAsync(alert.SecondId, cancellationToken)), cancellationToken);

    private async Task ReviseAsync(PostedAlert alert, (Contact? First, Contact? Second) pair, CancellationToken cancellationToken)
    {
        var wanted = WantedState(await partners.GetSnapshotAsync(cancellationToken), alert.PartnerId, pair.First, pair.Second);
        var revisions = (First: pair.First?.Revision ?? 0, Second: pair.Second?.Revision ?? 0);
        var current = (alert.FirstRevision, alert.SecondRevision) == revisions;
        // A withdrawal notice of something nobody sees any more would only draw attention to it.
        if ((wanted == alert.State && (current || wanted != AlertState.Shown)) || (wanted == AlertState.Withdrawn && alert.State == AlertState.TakenDown))
        {
            return;
        }

        var reference = ProactiveMessenger.Read(alert.ConversationReference);
        var activityId = alert.ActivityId;
        var state = wanted;
        if (wanted == AlertState.TakenDown)
        {
            await messenger.DeleteAsync(reference, activityId, cancellationToken);
        }
        else
        {
            var context = await cards.ContextAsync(alert.Language, cancellationToken);
            var card = wanted == AlertState.Shown
                ? CoordinationAlertCard.Build(
                    alert.PartnerId, ContactSummary.Of(pair.First!), ContactSummary.Of(pair.Second!), options.Value.AlertWindowDays, context,
                    LoggerAddresses.Of(pair.First, LoggerAddresses.ReaderOf(alert.Recipient)), LoggerAddresses.Of(pair.Second, LoggerAddresses.ReaderOf(alert.Recipient)))
                : CoordinationAlertCard.Withdrawn(context);
            try
            {
                if (alert.State == AlertState.TakenDown)
                {
                    activityId = await messenger.PostAsync(reference, ChannelCards.Activity(card, context), cancellationToken);
                }
                else
                {
                    await messenger.UpdateAsync(reference, activityId, ChannelCards.Activity(card, context), cancellationToken);
                }
            }
            catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
            {
                // Deleted by someone, or the conversation is gone: nothing shows, which is where a withdrawal ends anyway.
                state = AlertState.TakenDown;
            }
        }

        await postedAlerts.SaveAsync(alert with { ActivityId = activityId, State = state, FirstRevision = revisions.First, SecondRevision = revisions.Second }, cancellationToken);
        metrics.MessageSent("alert-" + state.ToString().ToLowerInvariant());
        LogRevised(logger, alert.Recipient, alert.FirstId, alert.SecondId, state);
    }

    private AlertState WantedState(PartnerSnapshot snapshot, string partnerId, Contact? first, Contact? second)
    {
        if (first is null || second is null || Gone(first) || Gone(second))
        {
            return AlertState.Withdrawn;
        }

        if (first.Confidentiality == Confidentiality.Restricted || second.Confidentiality == Confidentiality.Restricted)
        {
            return options.Value.RestrictedNotice ? AlertState.Withdrawn : AlertState.TakenDown;
        }

        var window = TimeSpan.FromDays(options.Value.AlertWindowDays);
        var family = snapshot.FamilyOf(partnerId);
        return OverlapFinder.Find([ContactSummary.Of(first), ContactSummary.Of(second)], window, snapshot.FamilyOf).Any(o => o.PartnerId == family)
            ? AlertState.Shown
            : AlertState.Withdrawn;
    }

    private static bool Gone(Contact contact) => contact.Deletion is not null || contact.Status == ContactStatus.Cancelled;

    [LoggerMessage(Level = LogLevel.Information, Message = "Coordination alert to {Recipient} for contacts {First} and {Second} revised: {State}")]
    private static partial void LogRevised(ILogger logger, string recipient, string first, string second, AlertState state);
}
