using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Digest;
using Dre.Core.Notifications;
using Dre.Core.Partners;
using Dre.Core.Storage;
using Dre.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Notifications;

/// <summary>
/// "No doublons": when a contact's partner, or a partner of its family, was met, or is to be met, by another MAE within
/// the window, the partner's portfolio channel and the people who logged either contact get one alert card each, once per pair of contacts.
/// Restricted contacts never raise an alert: the alert would tell a channel what only their audience may know. Each alert
/// posted is recorded under both contacts, so that <see cref="CoordinationAlertRevisions"/> can change it when either does.
/// </summary>
public sealed partial class CoordinationAlerts(
    IContactStore contacts,
    IPartnerDirectory partners,
    IChannelStore channelStore,
    IRouteStore routeStore,
    PersonalReach reach,
    ProactiveMessenger messenger,
    ChannelCards cards,
    TablePostedAlerts postedAlerts,
    CoordinationAlertRevisions revisions,
    StoreTables tables,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    DreMetrics metrics,
    ILogger<CoordinationAlerts> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly LeaseClaims _claims = new(tables.Table(StoreTables.OutboxTable), time);

    public async Task CheckAsync(Contact contact, CancellationToken cancellationToken)
    {
        if (contact.Confidentiality == Confidentiality.Restricted)
        {
            return;
        }

        var window = TimeSpan.FromDays(options.Value.AlertWindowDays);
        var self = ContactSummary.Of(contact);
        var snapshot = await partners.GetSnapshotAsync(cancellationToken);
        foreach (var family in contact.PartnerIds.Select(snapshot.FamilyOf).Distinct(StringComparer.Ordinal))
        {
            // A partner's family (the EU and its institutions, the OSCE and ODIHR) is one relationship: one range query
            // per member, side by side, so the cost follows the family's size and the window, not the history.
            var members = snapshot.MembersOf(family).Select(p => p.Id)
                .Union(contact.PartnerIds.Where(p => snapshot.FamilyOf(p) == family), StringComparer.Ordinal);
            var lists = await Task.WhenAll(members.Select(id => contacts
                .ListByPartnerAsync(id, contact.Start - window, contact.Start + window + TimeSpan.FromTicks(1), cancellationToken: cancellationToken)
                .Where(c => c.ContactId != contact.Id && c.Confidentiality != Confidentiality.Restricted)
                .ToListAsync(cancellationToken).AsTask()));
            foreach (var (found, first, second) in OverlapFinder.Find([self, .. lists.SelectMany(l => l)], window, snapshot.FamilyOf))
            {
                if (found == family && (first.ContactId == contact.Id || second.ContactId == contact.Id))
                {
                    await AlertAsync(SharedPartner(snapshot, family, first, second), first, second, cancellationToken);
                }
            }
        }
    }

    /// <summary>What the alert is about: the partner both contacts name, else the top of the family they share.</summary>
    public static string SharedPartner(PartnerSnapshot snapshot, string family, ContactSummary first, ContactSummary second) =>
        first.PartnerIds.Intersect(second.PartnerIds, StringComparer.Ordinal).FirstOrDefault(p => snapshot.FamilyOf(p) == family) ?? family;

    private async Task AlertAsync(string partnerId, ContactSummary first, ContactSummary second, CancellationToken cancellationToken)
    {
        // Whichever of the two contacts raises the alert (both may, from two instances), the pair has one key.
        var ids = new[] { first.ContactId, second.ContactId }.Order(StringComparer.Ordinal);
        var pair = new AlertPair(TableKeys.Hash($"{partnerId}|{string.Join('|', ids)}"), partnerId, first, second,
            await contacts.GetAsync(first.ContactId, cancellationToken), await contacts.GetAsync(second.ContactId, cancellationToken));
        var snapshot = await partners.GetSnapshotAsync(cancellationToken);
        if (snapshot.Find(partnerId) is { } partner
            && (await routeStore.GetRoutesAsync(cancellationToken)).TryGetValue(ChannelKeys.For(partner.Portfolio), out var channelKey)
            && await channelStore.GetChannelAsync(channelKey, cancellationToken) is { Active: true } channel)
        {
            await SendOnceAsync(pair, "channel:" + channel.Key, channel.Language, channel.ConversationReference, channel, cancellationToken);
        }

        foreach (var loggerId in pair.LoggerIds)
        {
            await AlertPersonAsync(pair, loggerId, cancellationToken);
        }
    }

    private async Task AlertPersonAsync(AlertPair pair, string userId, CancellationToken cancellationToken)
    {
        if (await reach.FindOrOpenAsync(userId, cancellationToken) is not { } known)
        {
            return;
        }

        await SendOnceAsync(pair, LoggerAddresses.UserPrefix + userId, known.Language, known.ConversationReference, channel: null, cancellationToken);
    }

    private async Task SendOnceAsync(
        AlertPair pair, string recipient, string language, string conversationReference, ChannelRecord? channel, CancellationToken cancellationToken)
    {
        var claimPartition = "alert-" + pair.Key;
        var claimRow = TableKeys.Hash(recipient);
        if (await _claims.TryClaimAsync(claimPartition, claimRow, Lease, cancellationToken) != ClaimOutcome.Claimed)
        {
            return;
        }

        string activityId;
        try
        {
            var context = await cards.ContextAsync(language, cancellationToken);
            var reader = LoggerAddresses.ReaderOf(recipient);
            var card = CoordinationAlertCard.Build(
                pair.PartnerId, pair.First, pair.Second, options.Value.AlertWindowDays, context,
                LoggerAddresses.Of(pair.FirstContact, reader), LoggerAddresses.Of(pair.SecondContact, reader));
            activityId = await messenger.PostAsync(ProactiveMessenger.Read(conversationReference), ChannelCards.Activity(card, context), cancellationToken);
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Gone)
        {
            await _claims.CompleteAsync(claimPartition, claimRow, cancellationToken);
            if (channel is not null)
            {
                await channelStore.MarkInactiveAsync(channel.Key, e.GoneReason, cancellationToken);
            }

            LogNoWayToReach(logger, recipient);
            return;
        }
        catch
        {
            await _claims.ReleaseAsync(claimPartition, claimRow, CancellationToken.None);
            throw;
        }

        // Posted: the claim is never released now, so the alert cannot go out twice.
        if (!await _claims.TryCompleteAsync(claimPartition, claimRow, cancellationToken))
        {
            LogNotMarked(logger, recipient);
        }

        metrics.MessageSent("alert");
        LogAlerted(logger, recipient, pair.First.ContactId, pair.Second.ContactId);
        await RecordAsync(pair, recipient, language, conversationReference, activityId, cancellationToken);
    }

    /// <summary>
    /// Records where the alert went, then revises it at once: a contact that became restricted or moved while the alert
    /// was on its way had nothing to revise yet.
    /// </summary>
    private async Task RecordAsync(AlertPair pair, string recipient, string language, string conversationReference, string activityId, CancellationToken cancellationToken)
    {
        var posted = new PostedAlert(
            pair.First.ContactId, pair.Key, recipient, pair.PartnerId, pair.First.ContactId, pair.Second.ContactId, conversationReference, language,
            activityId, AlertState.Shown, pair.FirstContact?.Revision ?? 0, pair.SecondContact?.Revision ?? 0);
        try
        {
            await postedAlerts.SaveAsync(posted, cancellationToken);
            await revisions.ReviseAsync(posted, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Posted and claimed: sending again would be worse than an alert that a later change cannot withdraw.
            LogNotRecorded(logger, e, recipient);
        }
    }

    /// <summary>One alert: its key, its partner, the two contacts as the lists show them and as they are stored.</summary>
    private sealed record AlertPair(string Key, string PartnerId, ContactSummary First, ContactSummary Second, Contact? FirstContact, Contact? SecondContact)
    {
        public IReadOnlyList<string> LoggerIds { get; } = new[] { FirstContact, SecondContact }
            .OfType<Contact>()
            .SelectMany(c => c.Loggers.Select(l => l.UserId))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(6)
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coordination alert to {Recipient} for contacts {First} and {Second}")]
    private static partial void LogAlerted(ILogger logger, string recipient, string first, string second);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coordination alert to {Recipient} sent but not marked done; it stays claimed")]
    private static partial void LogNotMarked(ILogger logger, string recipient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coordination alert to {Recipient} posted but not recorded: a later change cannot withdraw it")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string recipient);

    [LoggerMessage(Level = LogLevel.Information, Message = "No way to reach {Recipient} in Teams: the alert goes to the channel only")]
    private static partial void LogNoWayToReach(ILogger logger, string recipient);
}
