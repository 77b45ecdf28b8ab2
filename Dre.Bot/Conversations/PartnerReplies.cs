using Dre.Core.Audit;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Partners;
using Dre.Core.Validation;

namespace Dre.Bot.Conversations;

/// <summary>Status cards, contact lists and state-of-play updates: the answers about one partner.</summary>
public sealed class PartnerReplies(PartnerStatusService statuses, ContactService contacts, IPartnerDirectory directory, TimeProvider time)
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);

    /// <summary>The partner a query names, or an answer that asks which one (did-you-mean) or says there is none; never a guess.</summary>
    public static async Task<Partner?> ResolveAsync(BotTurn turn, string query, BotAction then, JsonObject? extraData, bool quietIfNone, CancellationToken cancellationToken)
    {
        var resolution = turn.Partners.Resolver.Resolve(query.Length > 200 ? query[..200] : query);
        switch (resolution.Kind)
        {
            case PartnerResolutionKind.Match:
                return resolution.Match;
            case PartnerResolutionKind.Candidates:
                await turn.SendCardAsync(CandidatesCard.Build(resolution.Candidates, then, turn.Cards, extraData), cancellationToken);
                return null;
            default:
                if (!quietIfNone)
                {
                    await turn.SayAsync(turn.Texts.PartnerNotFound(CardText.Plain(query, 80).Replace("\n", " ", StringComparison.Ordinal)) + " " + turn.Texts.WhichPartner, cancellationToken);
                }

                return null;
        }
    }

    public async Task<JsonObject> StatusCardAsync(BotTurn turn, string partnerId, CancellationToken cancellationToken)
    {
        var status = await statuses.GetAsync(partnerId, turn.User, cancellationToken);
        return StatusCard.Build(status, turn.Cards, canEditStateOfPlay: turn.User.IsDreOfficer);
    }

    public async Task SendStatusAsync(BotTurn turn, string partnerId, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(await StatusCardAsync(turn, partnerId, cancellationToken), cancellationToken);

    public async Task SendContactsAsync(BotTurn turn, string? partnerId, Period? period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var asked = period ?? new Period(partnerId is null ? now - DefaultPeriod : ContactLimits.Earliest, now);
        try
        {
            var list = await contacts.ListAsync(partnerId, asked.From, asked.To, turn.User, ContactListCard.MaxShown + 85, cancellationToken);
            var shown = partnerId is not null && period is null && list.Count > 0 ? asked with { From = list.Min(c => c.Start) } : asked;
            await turn.SendCardAsync(ContactListCard.Build(list, partnerId, shown, turn.Cards), cancellationToken);
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
            await turn.ReplaceCardAsync(await StatusCardAsync(turn, partnerId, cancellationToken), cancellationToken);
            await turn.SayAsync(turn.Texts.StateOfPlayUpdated, cancellationToken);
        }
        catch (VersionConflictException)
        {
            await turn.SayAsync(turn.Texts.StateOfPlayConflict, cancellationToken);
            await turn.ReplaceCardAsync(await StatusCardAsync(turn, partnerId, cancellationToken), cancellationToken);
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
}
