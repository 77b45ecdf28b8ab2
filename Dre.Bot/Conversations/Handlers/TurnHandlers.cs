using Dre.Bot.Cards;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Conversations.Handlers;

/// <summary>Answers one kind of message (an <see cref="IntentKind"/>).</summary>
public interface IIntentHandler
{
    IntentKind Kind { get; }

    Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken);
}

/// <summary>Answers one card button (a <see cref="BotAction"/>); false when the button's data does not fit it.</summary>
public interface ICardActionHandler
{
    BotAction Action { get; }

    Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken);
}

/// <summary>A pressed button's data, with the partner it names if that partner is still in the directory.</summary>
public sealed record CardSubmit(JObject Data, string? PartnerId, bool PartnerKnown)
{
    public string? Text(string key, int maxLength = 200) => SubmitData.Text(Data, key, maxLength);
}

public static class TurnHandlerRegistration
{
    /// <summary>Registers a handler once, as each of the handler kinds it is.</summary>
    public static IServiceCollection AddTurnHandler<THandler>(this IServiceCollection services)
        where THandler : class
    {
        services.AddSingleton<THandler>();
        if (typeof(IIntentHandler).IsAssignableFrom(typeof(THandler)))
        {
            services.AddSingleton(sp => (IIntentHandler)sp.GetRequiredService<THandler>());
        }

        if (typeof(ICardActionHandler).IsAssignableFrom(typeof(THandler)))
        {
            services.AddSingleton(sp => (ICardActionHandler)sp.GetRequiredService<THandler>());
        }

        return services;
    }
}

/// <summary>A request that reads the same whether typed or pressed on a card: one answer for both.</summary>
public abstract class AnswerHandler(IntentKind kind, BotAction action) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => kind;

    public BotAction Action => action;

    public Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken) => AnswerAsync(turn, cancellationToken);

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        await AnswerAsync(turn, cancellationToken);
        return true;
    }

    protected abstract Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken);
}

/// <summary>
/// An answer about each partner a message names (or a choice, or "which partner?"), and the same answer from a card
/// button that names one.
/// </summary>
public abstract class PartnerAnswerHandler(IntentKind kind, BotAction action) : IIntentHandler, ICardActionHandler
{
    public IntentKind Kind => kind;

    public BotAction Action => action;

    public async Task HandleAsync(BotTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        foreach (var partnerId in await AskedPartners.ResolveAsync(turn, intent, action, null, cancellationToken))
        {
            await (partnerId is null ? turn.SayAsync(turn.Texts.WhichPartner, cancellationToken) : AnswerAsync(turn, partnerId, cancellationToken));
        }
    }

    public async Task<bool> HandleAsync(BotTurn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!submit.PartnerKnown)
        {
            return false;
        }

        await AnswerAsync(turn, submit.PartnerId!, cancellationToken);
        return true;
    }

    protected abstract Task AnswerAsync(BotTurn turn, string partnerId, CancellationToken cancellationToken);
}
