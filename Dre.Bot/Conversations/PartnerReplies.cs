using Dre.Core.Audit;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Partners;
using Dre.Core.Validation;

namespace Dre.Bot.Conversations;

/// <summary>Status cards, contact lists and state-of-play updates: the answers about one partner.</summary>
public sealed class PartnerReplies(PartnerStatusService statuses, ContactService contacts, IPartnerDirectory directory, AudienceReplies audience, TimeProvider time)
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
                    await turn.SayAsync(turn.Texts.PartnerNotFound(CardText.Escape(query.Replace("\n", " ", StringComparison.Ordinal), 80)) + " " + turn.Texts.WhichPartner, cancellationToken);
                }

                return null;
        }
    }

    public async Task<JsonObject> StatusCardAsync(BotTurn turn, string partnerId, UserContext reader, CancellationToken cancellationToken)
    {
        var status = await statuses.GetAsync(partnerId, reader, cancellationToken);
        return StatusCard.Build(status, turn.Cards, canEditStateOfPlay: reader.IsDreOfficer);
    }

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

    private async Task SendStatusAsync(BotTurn turn, string partnerId, bool replace, CancellationToken cancellationToken) =>
        await audience.SendAsync(turn, reader => StatusCardAsync(turn, partnerId, reader, cancellationToken), replace, cancellationToken);
}
