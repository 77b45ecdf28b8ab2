using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>The state-of-play form on a status card (DRE officers).</summary>
public sealed class UpdateStateOfPlayHandler(PartnerReplies partners) : ICardActionHandler
{
    public BotAction Action => BotAction.UpdateStateOfPlay;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!submit.PartnerKnown)
        {
            return false;
        }

        await partners.UpdateStateOfPlayAsync(turn, submit.PartnerId!, submit.Text("version"), submit.Text(StatusCard.StateOfPlayInput, 100_000), cancellationToken);
        return true;
    }
}

/// <summary>"Open the contact" on a channel card: shown in the thread if everyone there may see it, else to whoever pressed it, if they may.</summary>
public sealed class ShowContactHandler(ContactReplies contacts) : ICardActionHandler
{
    public BotAction Action => BotAction.ShowContact;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.Text("contactId", 1_000) is not { } contactId)
        {
            return false;
        }

        if (!await contacts.ShowAsync(turn, contactId, replace: false, cancellationToken))
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
        }

        return true;
    }
}
