using Dre.Bot.Cards;
using Dre.Core.Localization;
using Dre.Core.Partners;
using Microsoft.Bot.Builder;

namespace Dre.Bot.Conversations;

/// <summary>Makes a <see cref="BotTurn"/>: who is asking, the directory as it is now, and the texts of the turn's language.</summary>
public sealed class BotTurns(BotUsers users, IPartnerDirectory directory, CardLinks links, TimeProvider time)
{
    public async Task<BotTurn> StartAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
    {
        var user = await users.ResolveAsync(turnContext, cancellationToken);
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        return new BotTurn(turnContext, user, new CardContext(Texts.For(language), snapshot, links, time.GetUtcNow()));
    }
}
