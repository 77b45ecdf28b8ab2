using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"log a contact" (with the partner it names, if one), and the button that opens the form.</summary>
public sealed class OpenContactFormHandler : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.LogContact;

    public BotAction Action => BotAction.OpenContactForm;

    public Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var partner = intent.PartnerQuery is null ? null : turn.Partners.Resolver.Resolve(intent.PartnerQuery).Match;
        return ContactForms.SendFormAsync(turn, partner?.Id, cancellationToken);
    }

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        await ContactForms.SendFormAsync(turn, submit.PartnerKnown ? submit.PartnerId : null, cancellationToken);
        return true;
    }
}

/// <summary>The form's Log button.</summary>
public sealed class SubmitContactHandler(ContactForms forms) : ICardActionHandler
{
    public BotAction Action => BotAction.SubmitContact;

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        await forms.SubmitAsync(turn, submit.Data, cancellationToken);
        return true;
    }
}
