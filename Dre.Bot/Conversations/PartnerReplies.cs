using Dre.Core.Audit;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Validation;
using Dre.Core.Visibility;

namespace Dre.Bot.Conversations;

/// <summary>Status cards, contact lists and state-of-play updates: the answers about one partner.</summary>
public sealed class PartnerReplies(PartnerStatusService statuses, ContactService contacts, IContactStore store, IPartnerDirectory directory, AudienceReplies audience, TimeProvider time)
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);
    private static readonly TimeSpan PlannedHorizon = TimeSpan.FromDays(90);

    /// <summary>Enough to show a card's lines and say how many more there are.</summary>
    private const int PlannedListed = ContactListCard.MaxShown + 85;

    /// <summary>
    /// The partner a query names, or an answer that asks which one (did-you-mean) or says what was understood: that no
    /// partner is in the message, with the partners its words come close to; never a guess.
    /// </summary>
    public static async Task<Partner?> ResolveAsync(BotTurn turn, string query, BotAction then, JsonObject? extraData, CancellationToken cancellationToken)
    {
        var resolution = turn.Partners.Resolver.Resolve(query.Length > 200 ? query[..200] : query);
        if (resolution.Kind == PartnerResolutionKind.Match)
        {
            return resolution.Match;
        }

        var candidates = resolution.Kind == PartnerResolutionKind.Candidates ? resolution.Candidates : Suggestions(turn, query);
        if (resolution.Kind == PartnerResolutionKind.None)
        {
            // The message as typed, escaped as card text is: no markdown or link of the user's reaches the reply.
            var typed = CardText.Escape(MessageText.Of(turn.Context.Activity).Replace("\n", " ", StringComparison.Ordinal), 80);
            await turn.SayAsync(turn.Texts.NoPartnerIn(typed) + (candidates.Count == 0 ? " " + turn.Texts.AskLike : ""), cancellationToken);
        }

        if (candidates.Count > 0)
        {
            await turn.SendCardAsync(CandidatesCard.Build(candidates, then, turn.Cards, extraData), cancellationToken);
        }

        return null;
    }

    public async Task<JsonObject> StatusCardAsync(BotTurn turn, string partnerId, UserContext reader, CancellationToken cancellationToken)
    {
        var status = await statuses.GetAsync(partnerId, reader, cancellationToken);
        return StatusCard.Build(status, turn.Cards, canEditStateOfPlay: reader.IsDreOfficer);
    }

    /// <summary>
    /// A briefing on a partner for the conversation's audience: in a personal chat it starts with the asker's own next
    /// planned contact with the partner, which a channel's audience, not being the asker, never gets.
    /// </summary>
    public async Task SendBriefingAsync(BotTurn turn, string partnerId, CancellationToken cancellationToken) =>
        await audience.SendAsync(turn, async reader =>
        {
            var status = await statuses.GetAsync(partnerId, reader, cancellationToken);
            var yours = status.PlannedContacts.FirstOrDefault(c => VisibilityPolicy.InAudience(reader, c));
            return BriefingCard.Build(status, yours, turn.Cards);
        }, replace: false, cancellationToken);

    public Task SendStatusAsync(BotTurn turn, string partnerId, CancellationToken cancellationToken) =>
        SendStatusAsync(turn, partnerId, replace: false, cancellationToken);

    public async Task SendContactsAsync(BotTurn turn, string? partnerId, Period? period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var asked = period ?? new Period(partnerId is null ? now - DefaultPeriod : ContactLimits.Earliest, now);
        try
        {
            await audience.SendAsync(turn, async reader =>
            {
                var list = await contacts.ListAsync(partnerId, asked.From, asked.To, reader, ContactListCard.MaxShown + 85, cancellationToken);
                var shown = partnerId is not null && period is null && list.Count > 0 ? asked with { From = list.Min(c => c.Start) } : asked;
                return ContactListCard.Build(list, partnerId, shown, turn.Cards);
            }, replace: false, cancellationToken);
        }
        catch (InputException)
        {
            await turn.SayAsync(turn.Texts.PeriodTooLong, cancellationToken);
        }
    }

    public async Task UpdateStateOfPlayAsync(BotTurn turn, string partnerId, string? version, string? text, CancellationToken cancellationToken)
    {
        // The role is the directory's rule: a button pressed by someone else is refused there, not only hidden here.
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrEmpty(version))
        {
            await turn.SayAsync(turn.Texts.StateOfPlayRequired, cancellationToken);
            return;
        }

        try
        {
            await directory.UpdateStateOfPlayAsync(partnerId, text, version, turn.User, ChangeOrigin.Bot, cancellationToken);
            await SendStatusAsync(turn, partnerId, replace: true, cancellationToken);
            await turn.SayAsync(turn.Texts.StateOfPlayUpdated, cancellationToken);
        }
        catch (VersionConflictException)
        {
            await turn.SayAsync(turn.Texts.StateOfPlayConflict, cancellationToken);
            await SendStatusAsync(turn, partnerId, replace: true, cancellationToken);
        }
        catch (ForbiddenException)
        {
            await turn.SayAsync(turn.Texts.OnlyOfficers, cancellationToken);
        }
        catch (InputException)
        {
            await turn.SayAsync(turn.Texts.StateOfPlayRequired, cancellationToken);
        }
    }

    /// <summary>
    /// The contacts planned ahead, for one partner (with the bodies below it) or all, rendered for the conversation's
    /// audience: the period asked if it is ahead, else the next 90 days.
    /// </summary>
    public async Task SendPlannedAsync(BotTurn turn, string? partnerId, Period? period, CancellationToken cancellationToken)
    {
        var ahead = Ahead(period);
        await audience.SendAsync(turn, async reader =>
            PlannedContactsCard.Build(
                partnerId is null
                    ? await contacts.ListAsync(null, ahead.From, ahead.To, reader, PlannedListed, cancellationToken)
                    : await PartnerSetReads.ListAsync(store, turn.Partners.SelfAndBelow(partnerId), ahead.From, ahead.To, reader, null, cancellationToken),
                PlannedContactsCard.Scope.Partner(partnerId), ahead, turn.Cards),
            replace: false, cancellationToken);
    }

    /// <summary>The contacts planned ahead with the partners of some portfolios, for the conversation's audience.</summary>
    public async Task SendPlannedInAsync(BotTurn turn, IReadOnlyList<Portfolio> portfolios, Period? period, CancellationToken cancellationToken)
    {
        var ahead = Ahead(period);
        var partnerIds = turn.Partners.Partners.Where(p => !p.Archived && portfolios.Contains(p.Portfolio)).Select(p => p.Id);
        await audience.SendAsync(turn, async reader =>
            PlannedContactsCard.Build(
                await PartnerSetReads.ListAsync(store, partnerIds, ahead.From, ahead.To, reader, null, cancellationToken),
                PlannedContactsCard.Scope.Portfolios(portfolios), ahead, turn.Cards),
            replace: false, cancellationToken);
    }

    private Period Ahead(Period? period)
    {
        var now = time.GetUtcNow();
        return period is not null && period.To > now ? period with { From = period.From < now ? now : period.From } : new Period(now, now + PlannedHorizon);
    }

    /// <summary>The partners single words of a query come close to ("Narnia and Marocco" offers Morocco), best first.</summary>
    private static List<PartnerCandidate> Suggestions(BotTurn turn, string query) =>
    [
        .. query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Take(20)
            .SelectMany(w => turn.Partners.Resolver.Resolve(w, 3).Candidates)
            .GroupBy(c => c.Partner.Id).Select(g => g.MaxBy(c => c.Score)!)
            .OrderByDescending(c => c.Score).Take(5),
    ];

    private async Task SendStatusAsync(BotTurn turn, string partnerId, bool replace, CancellationToken cancellationToken) =>
        await audience.SendAsync(turn, reader => StatusCardAsync(turn, partnerId, reader, cancellationToken), replace, cancellationToken);
}
