using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Core.Partners;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>
/// The partners a question is about: those the message named, each answered (or a choice, when more are named than one
/// turn should answer), else the one the resolver is sure its words name (or a did-you-mean), else none.
/// </summary>
internal static class AskedPartners
{
    public const int MaxAnswered = 3;

    /// <returns>The ids to answer for; empty when the turn was already answered with a choice; a single null when no partner was asked about.</returns>
    public static async Task<IReadOnlyList<string?>> ResolveAsync(BotTurn turn, Intent intent, BotAction then, JsonObject? extraData, CancellationToken cancellationToken)
    {
        if (intent.PartnerIds is { Count: > 0 } ids)
        {
            if (ids.Count <= MaxAnswered)
            {
                return ids;
            }

            await turn.SayAsync(turn.Texts.WhichOfThese, cancellationToken);
            var named = ids.Select(turn.Partners.Find).OfType<Partner>().Select(p => new PartnerCandidate(p, 1)).ToList();
            await turn.SendCardAsync(CandidatesCard.Build(named, then, turn.Cards, extraData), cancellationToken);
            return [];
        }

        if (intent.PartnerQuery is not { } query)
        {
            return [null];
        }

        return await PartnerReplies.ResolveAsync(turn, query, then, extraData, cancellationToken) is { } partner ? [partner.Id] : [];
    }
}
