using Dre.Bot.Notifications;
using Dre.Bot.Tests.Notifications;
using Dre.Core.Notifications;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Conversations;

/// <summary>
/// Teams' member API answering later than the connector timeout (one second in this host): the turn goes on without
/// the person's addresses, as when Teams cannot say, rather than ending in silence with their chat forgotten.
/// </summary>
public sealed class SlowMemberLookupTests(SingleNotificationHost host) : IClassFixture<SingleNotificationHost>
{
    [Fact]
    public async Task AMemberLookupThatTimesOut_StillGetsAReply_AndThePersonalChatIsRemembered()
    {
        var person = new ChannelAccount("29:" + Guid.NewGuid().ToString("N")[..8], "Ines Moreau", aadObjectId: Guid.NewGuid().ToString());
        var chat = ChannelSummaryTests.NewId("a:ines");
        // The turn's first call to the connector is the member lookup; it hangs past the timeout.
        host.Connector.DelayNext(1, TimeSpan.FromSeconds(4));

        await host.SayInPersonalChatAsync("help", chat, from: person, locale: "fr-FR");

        Assert.Contains(host.Connector.Activities, r => r.ConversationId == chat);
        var remembered = await host.Services.GetRequiredService<IPersonalConversationStore>().GetPersonalConversationAsync(person.AadObjectId);
        Assert.NotNull(remembered);
        Assert.Equal(chat, ProactiveMessenger.Read(remembered.ConversationReference).Conversation.Id);
        Assert.Equal("fr", remembered.Language);
    }
}
