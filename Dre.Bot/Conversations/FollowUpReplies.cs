using Dre.Core.Audit;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Validation;

namespace Dre.Bot.Conversations;

/// <summary>My follow-ups, overdue follow-ups, and completing one from its card.</summary>
public sealed class FollowUpReplies(ContactService contacts)
{
    public async Task SendAsync(BotTurn turn, FollowUpsView view, CancellationToken cancellationToken)
    {
        if (view == FollowUpsView.Mine && turn.User.Email is null)
        {
            await turn.SayAsync(turn.Texts.NoEmailForFollowUps, cancellationToken);
            return;
        }

        await turn.SendCardAsync(await CardAsync(turn, view, cancellationToken), cancellationToken);
    }

    public async Task CompleteAsync(BotTurn turn, string contactId, string followUpId, FollowUpsView view, CancellationToken cancellationToken)
    {
        try
        {
            await contacts.CompleteFollowUpAsync(contactId, followUpId, turn.User, ChangeOrigin.Bot, cancellationToken);
        }
        catch (NotFoundException)
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
            return;
        }
        catch (ForbiddenException)
        {
            await turn.SayAsync(turn.Texts.NotAllowedFollowUp, cancellationToken);
            return;
        }

        await turn.ReplaceCardAsync(await CardAsync(turn, view, cancellationToken), cancellationToken);
        await turn.SayAsync(turn.Texts.FollowUpDone, cancellationToken);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> CardAsync(BotTurn turn, FollowUpsView view, CancellationToken cancellationToken)
    {
        var list = view == FollowUpsView.Overdue
            ? await contacts.ListOverdueFollowUpsAsync(turn.User, cancellationToken)
            : await contacts.ListMyFollowUpsAsync(turn.User, cancellationToken);
        return FollowUpsCard.Build(list, view, turn.Cards);
    }
}
