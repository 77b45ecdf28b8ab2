using System.Globalization;
using Dre.Bot.Cards;
using Dre.Core.Audit;
using Dre.Core.Contacts;
using Dre.Core.Localization;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"Mark as held" on a contact's card, with the outcome typed in it.</summary>
public sealed class HoldContactHandler(ContactReplies contacts) : ICardActionHandler
{
    public BotAction Action => BotAction.HoldContact;

    public Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken) =>
        contacts.ChangePlanAsync(
            turn,
            submit,
            (plans, id, version) => plans.HoldAsync(id, new HeldReport(submit.Text(ContactPlanActions.OutcomeInput, ContactLimits.Outcome), null), version, turn.User, ChangeOrigin.Bot, cancellationToken),
            _ => turn.Texts.ContactMarkedHeld,
            cancellationToken);
}

/// <summary>"Move" on a planned contact's card: the new date and time are Paris time, as everywhere in the bot.</summary>
public sealed class MoveContactHandler(ContactReplies contacts) : ICardActionHandler
{
    public BotAction Action => BotAction.MoveContact;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(submit.Text(ContactPlanActions.DateInput)?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            await turn.SayAsync(turn.Texts.InvalidDate, cancellationToken);
            return true;
        }

        var time = TimeOnly.TryParseExact(submit.Text(ContactPlanActions.TimeInput)?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(12, 0);
        var start = ParisTime.At(day, time);
        return await contacts.ChangePlanAsync(
            turn,
            submit,
            (plans, id, version) => plans.MoveAsync(id, new ContactMove(start, null), version, turn.User, ChangeOrigin.Bot, cancellationToken),
            moved => turn.Texts.ContactMoved(turn.Cards.DateTime(moved.Start)),
            cancellationToken);
    }
}

/// <summary>"Cancel the contact" on a planned contact's card, once confirmed.</summary>
public sealed class CancelContactHandler(ContactReplies contacts) : ICardActionHandler
{
    public BotAction Action => BotAction.CancelContact;

    public Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken) =>
        contacts.ChangePlanAsync(
            turn,
            submit,
            (plans, id, version) => plans.CancelAsync(id, version, turn.User, ChangeOrigin.Bot, cancellationToken),
            _ => turn.Texts.ContactCancelled,
            cancellationToken);
}
