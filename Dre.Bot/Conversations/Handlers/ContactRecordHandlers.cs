using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"Delete this contact" on a contact's card, once confirmed; the data carries the version the card showed.</summary>
public sealed class DeleteContactHandler(ContactRecordReplies records) : ICardActionHandler
{
    public BotAction Action => BotAction.DeleteContact;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.Text("contactId", 1_000) is not { } contactId || submit.Text("version") is not { } version)
        {
            return false;
        }

        await records.DeleteAsync(turn, contactId, version, cancellationToken);
        return true;
    }
}

/// <summary>"History" on a contact's card: who changed what and when, as far as the conversation's audience may read it.</summary>
public sealed class ContactHistoryHandler(ContactRecordReplies records) : ICardActionHandler
{
    public BotAction Action => BotAction.ContactHistory;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.Text("contactId", 1_000) is not { } contactId)
        {
            return false;
        }

        if (!await records.SendHistoryAsync(turn, contactId, cancellationToken))
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
        }

        return true;
    }
}
