using System.Globalization;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>"contacts with the EU this month", and the Contacts button (with the period it was shown for).</summary>
public sealed class ContactsHandler(PartnerReplies partners) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => IntentKind.Contacts;

    public BotAction Action => BotAction.Contacts;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.PeriodNotUnderstood)
        {
            await turn.SayAsync(turn.Texts.DateNotUnderstood, cancellationToken);
        }

        foreach (var partnerId in await AskedPartners.ResolveAsync(turn, intent, BotAction.Contacts, PeriodData(intent.Period), cancellationToken))
        {
            await partners.SendContactsAsync(turn, partnerId, intent.Period, cancellationToken);
        }
    }

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.PartnerId is not null && !submit.PartnerKnown)
        {
            return false;
        }

        await partners.SendContactsAsync(turn, submit.PartnerId, ReadPeriod(submit), cancellationToken);
        return true;
    }

    private static JsonObject? PeriodData(Period? period) => period is null ? null : new JsonObject
    {
        ["from"] = period.From.ToString("O"),
        ["to"] = period.To.ToString("O"),
    };

    private static Period? ReadPeriod(CardSubmit submit) =>
        DateTimeOffset.TryParse(submit.Text("from"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
        && DateTimeOffset.TryParse(submit.Text("to"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
        && from < to
            ? new Period(from, to)
            : null;
}
