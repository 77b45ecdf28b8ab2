using Dre.Bot.Cards;
using Dre.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Rest.Serialization;

namespace Dre.Bot.Tests.Teams;

/// <summary>Every turn's Bot Connector client writes with the service's one set of JSON contracts, and writes what the SDK's own would.</summary>
public sealed class SharedConnectorContractsTests(SharedContractsBotFixture bot) : IClassFixture<SharedContractsBotFixture>
{
    [Fact]
    public void SharedContracts_WriteTheJsonOfTheSdksOwn()
    {
        var reply = (Activity)MessageFactory.Attachment(AdaptiveCard.ToAttachment(AdaptiveCard.Card([AdaptiveCard.Plain("Morocco · Maroc")])));
        reply.Conversation = new ConversationAccount(id: "a:chat");
        reply.From = new ChannelAccount("28:bot", "DRE Collab");
        var expected = SafeJsonConvert.SerializeObject(reply, NewClient().SerializationSettings);
        var first = NewClient();
        var second = NewClient();

        SharedConnectorContracts.Share(first);
        SharedConnectorContracts.Share(second);

        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
        Assert.Equal(expected, SafeJsonConvert.SerializeObject(reply, first.SerializationSettings));
        Assert.Equal(expected, SafeJsonConvert.SerializeObject(reply, second.SerializationSettings));
    }

    [Fact]
    public async Task TurnsThroughTheEndpoint_ReplyWithTheSharedContracts()
    {
        var first = bot.NewMessage("one");
        var second = bot.NewMessage("two");

        await bot.PostActivityAsync(first);
        await bot.PostActivityAsync(second);

        var replies = await bot.Connector.WaitForAsync(r => r.IsActivity && (r.ConversationId == first.Conversation.Id || r.ConversationId == second.Conversation.Id), 2);
        Assert.All(replies, r => Assert.Equal(ResolverBot.Shared, r.Text));
    }

    private static ConnectorClient NewClient() => new(new Uri("http://127.0.0.1/"), MicrosoftAppCredentials.Empty);
}

/// <summary>The endpoint with <see cref="ResolverBot"/> as its bot.</summary>
public sealed class SharedContractsBotFixture : BotEndpointFixture
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IBot, ResolverBot>();
}

/// <summary>Says whether its turn's connector client writes with the shared contracts.</summary>
public sealed class ResolverBot : ActivityHandler
{
    public const string Shared = "shared contracts";

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var client = turnContext.TurnState.Get<IConnectorClient>() as ConnectorClient;
        var shared = client is not null
            && ReferenceEquals(client.SerializationSettings.ContractResolver, SharedConnectorContracts.Resolver)
            && ReferenceEquals(client.DeserializationSettings.ContractResolver, SharedConnectorContracts.Resolver);
        return turnContext.SendActivityAsync(MessageFactory.Text(shared ? Shared : "own contracts"), cancellationToken);
    }
}
