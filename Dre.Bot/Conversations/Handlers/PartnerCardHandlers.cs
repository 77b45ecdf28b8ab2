using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Validation;

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

/// <summary>"Open the contact" on a channel card: shown to whoever pressed it, only if they may see it.</summary>
public sealed class ShowContactHandler(ContactService contacts) : ICardActionHandler
{
    public BotAction Action => BotAction.ShowContact;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.Text("contactId", 1_000) is not { } contactId)
        {
            return false;
        }

        try
        {
            var contact = await contacts.GetAsync(contactId, turn.User, cancellationToken);
            await turn.SendCardAsync(ContactCard.Build(contact, turn.Cards), cancellationToken);
        }
        catch (Exception e) when (e is NotFoundException or InputException)
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
        }

        return true;
    }
}
