using Dre.Core.Audit;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Validation;

namespace Dre.Bot.Conversations;

/// <summary>My follow-ups, overdue follow-ups, and completing one from its card.</summary>
public sealed class FollowUpReplies(ContactService contacts, AudienceReplies audience)
{
    public async Task SendAsync(BotTurn turn, FollowUpsView view, CancellationToken cancellationToken)
    {
        if (view == FollowUpsView.Mine && turn.User.Email is null)
        {
            await turn.SayAsync(turn.Texts.NoEmailForFollowUps, cancellationToken);
            return;
        }

        await SendCardAsync(turn, view, replace: false, cancellationToken);
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

        await SendCardAsync(turn, view, replace: true, cancellationToken);
        await turn.SayAsync(turn.Texts.FollowUpDone, cancellationToken);
    }

    /// <summary>Overdue follow-ups render for the conversation's audience; one's own follow-ups are only ever shown to their owner.</summary>
    private async Task SendCardAsync(BotTurn turn, FollowUpsView view, bool replace, CancellationToken cancellationToken)
    {
        if (view == FollowUpsView.Mine && turn.IsShared)
        {
            await audience.SendPrivatelyAsync(turn, [await CardAsync(turn, view, turn.User, cancellationToken)], cancellationToken);
            return;
        }

        await audience.SendAsync(turn, reader => CardAsync(turn, view, reader, cancellationToken), replace, cancellationToken);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> CardAsync(BotTurn turn, FollowUpsView view, UserContext reader, CancellationToken cancellationToken)
    {
        var list = view == FollowUpsView.Overdue
            ? await contacts.ListOverdueFollowUpsAsync(reader, cancellationToken)
            : await contacts.ListMyFollowUpsAsync(reader, cancellationToken);
        return FollowUpsCard.Build(list, view, turn.Cards);
    }
}
