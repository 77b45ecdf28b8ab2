using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace Dre.Bot.Teams;

/// <summary>
/// Gives each turn's Bot Connector client the service's one set of JSON contracts. The SDK makes a new ConnectorClient
/// for every turn, each with new Newtonsoft contract resolvers, so that the contracts of an Activity and of everything it
/// holds were built again by reflection for every reply: most of a reply's time. A resolver keeps nothing but those
/// contracts, in a thread-safe cache, and these are configured as the SDK's own: the JSON sent is the same.
/// </summary>
public sealed class SharedConnectorContracts : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>The resolver the SDK gives every client, made once.</summary>
    public static readonly IContractResolver Resolver = new ReadOnlyJsonContractResolver();

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.TurnState.Get<IConnectorClient>() is ConnectorClient client)
        {
            Share(client);
        }

        return next(cancellationToken);
    }

    public static void Share(ConnectorClient client)
    {
        client.SerializationSettings.ContractResolver = Resolver;
        client.DeserializationSettings.ContractResolver = Resolver;
    }
}
