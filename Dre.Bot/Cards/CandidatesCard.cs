using System.Text.Json.Nodes;
using Dre.Core.Partners;
using static Dre.Bot.Cards.AdaptiveCard;

namespace Dre.Bot.Cards;

/// <summary>"Did you mean …?": one button a candidate, which repeats the request for that partner; never a guess.</summary>
public static class CandidatesCard
{
    public static JsonObject Build(IReadOnlyList<PartnerCandidate> candidates, BotAction then, CardContext context, JsonObject? extraData = null)
    {
        var buttons = candidates.Take(5).Select(c =>
        {
            var data = extraData?.DeepClone().AsObject() ?? [];
            data["partnerId"] = c.Partner.Id;
            return (JsonNode)Submit(CardText.Plain(c.Partner.DisplayName(context.Language), 80), then, data);
        });
        return Card([Text(context.Texts.DidYouMean, weight: "Bolder"), ActionSet(buttons)]);
    }
}
