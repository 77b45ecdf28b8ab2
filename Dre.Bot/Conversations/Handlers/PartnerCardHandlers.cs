using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Identity;
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

/// <summary>"Open the contact" on a channel card: shown in the thread if everyone there may see it, else to whoever pressed it, if they may.</summary>
public sealed class ShowContactHandler(ContactService contacts, AudienceReplies audience) : ICardActionHandler
{
    public BotAction Action => BotAction.ShowContact;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.Text("contactId", 1_000) is not { } contactId)
        {
            return false;
        }

        async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> CardFor(UserContext reader)
        {
            try
            {
                return [ContactCard.Build(await contacts.GetAsync(contactId, reader, cancellationToken), turn.Cards)];
            }
            catch (Exception e) when (e is NotFoundException or InputException)
            {
                return [];
            }
        }

        if (!await audience.SendAsync(turn, CardFor, replace: false, cancellationToken))
        {
            await turn.SayAsync(turn.Texts.NotFound, cancellationToken);
        }

        return true;
    }
}
