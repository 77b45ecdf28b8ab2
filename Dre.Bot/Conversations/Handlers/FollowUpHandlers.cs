using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"my follow-ups", and its button.</summary>
public sealed class MyFollowUpsHandler(FollowUpReplies followUps) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.MyFollowUps;

    public BotAction Action => BotAction.MyFollowUps;

    public Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken) => followUps.SendAsync(turn, FollowUpsView.Mine, cancellationToken);

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        await followUps.SendAsync(turn, FollowUpsView.Mine, cancellationToken);
        return true;
    }
}

/// <summary>"overdue follow-ups", and its button.</summary>
public sealed class OverdueFollowUpsHandler(FollowUpReplies followUps) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.OverdueFollowUps;

    public BotAction Action => BotAction.OverdueFollowUps;

    public Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken) => followUps.SendAsync(turn, FollowUpsView.Overdue, cancellationToken);

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        await followUps.SendAsync(turn, FollowUpsView.Overdue, cancellationToken);
        return true;
    }
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
