using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"my follow-ups", and its button.</summary>
public sealed class MyFollowUpsHandler(FollowUpReplies followUps) : AnswerHandler(IntentKind.MyFollowUps, BotAction.MyFollowUps)
{
    protected override Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken) => followUps.SendAsync(turn, FollowUpsView.Mine, cancellationToken);
}

/// <summary>"overdue follow-ups", and its button.</summary>
public sealed class OverdueFollowUpsHandler(FollowUpReplies followUps) : AnswerHandler(IntentKind.OverdueFollowUps, BotAction.OverdueFollowUps)
{
    protected override Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken) => followUps.SendAsync(turn, FollowUpsView.Overdue, cancellationToken);
}

/// <summary>The Done button on a follow-up, which refreshes the list it was pressed in.</summary>
public sealed class CompleteFollowUpHandler(FollowUpReplies followUps) : ICardActionHandler
{
    public BotAction Action => BotAction.CompleteFollowUp;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.Text("contactId") is not { } contactId || submit.Text("followUpId") is not { } followUpId)
        {
            return false;
        }

        var view = submit.Text("view") == nameof(FollowUpsView.Overdue) ? FollowUpsView.Overdue : FollowUpsView.Mine;
        await followUps.CompleteAsync(turn, contactId, followUpId, view, cancellationToken);
        return true;
    }
}
