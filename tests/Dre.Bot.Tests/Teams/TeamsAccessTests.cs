using System.Net;
using Dre.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Teams;

/// <summary>
/// Only our own people, in Teams, talk to the bot: through the real /api/messages endpoint, an activity from another
/// tenant, another channel or a guest gets a polite refusal and nothing else, even when it names a DRE officer.
/// </summary>
public sealed class TeamsAccessTests(BotEndpointFixture bot) : IClassFixture<BotEndpointFixture>
{
    private const string OtherTenant = "9f9f9f9f-0000-4000-8000-0000000f0f0f";
    private const string Refusal = "Sorry, DRE Collab answers only the Council of Europe's own staff, in the Organisation's Teams.";

    public static TheoryData<string> Outsiders() => ["otherTenant", "otherConversationTenant", "otherChannelDataTenant", "webchat", "guest", "externalMember"];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsider_GetsAPoliteRefusal_AndNothingElse(string who)
    {
        // The roster says the sender is a DRE officer: that must not matter.
        bot.Connector.Members.Add(new FakeMember(bot.User.Id, bot.User.Name, "anne.dupont@coe.int", bot.User.AadObjectId));
        var message = bot.NewMessage("status Morocco");
        Disguise(message, who);

        var response = await bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = bot.Connector.Activities.Where(r => r.ConversationId == message.Conversation.Id).ToList();
        var reply = Assert.Single(replies);
        Assert.Equal(Refusal, reply.Text);
        Assert.True(reply.Json?["attachments"] is null or System.Text.Json.Nodes.JsonArray { Count: 0 }, "A refusal carries no card.");
    }

    [Fact]
    public async Task OneOfOurs_InTeams_IsAnswered()
    {
        var message = bot.NewMessage("status Morocco");

        await bot.PostActivityAsync(message);

        var reply = (await bot.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == message.Conversation.Id, 1))[0];
        Assert.Contains("Morocco", reply.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_IsInFrench_ForAFrenchSpeaker()
    {
        var message = bot.NewMessage("où en est-on avec le Maroc ?");
        message.Locale = "fr-FR";
        Disguise(message, "otherTenant");

        await bot.PostActivityAsync(message);

        var reply = Assert.Single(bot.Connector.Activities, r => r.ConversationId == message.Conversation.Id);
        Assert.StartsWith("Désolé, DRE Collab ne répond qu'au personnel du Conseil de l'Europe", reply.Text, StringComparison.Ordinal);
    }

    private static void Disguise(Activity message, string who)
    {
        switch (who)
        {
            case "otherTenant":
                message.Conversation.TenantId = OtherTenant;
                message.ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = OtherTenant } };
                break;
            case "otherConversationTenant":
                message.Conversation.TenantId = OtherTenant;
                break;
            case "otherChannelDataTenant":
                message.ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = OtherTenant } };
                break;
            case "webchat":
                message.ChannelId = "webchat";
                break;
            case "guest":
                message.From = new ChannelAccount(message.From.Id, message.From.Name, aadObjectId: message.From.AadObjectId) { Properties = new JObject { ["userRole"] = "guest" } };
                break;
            default:
                message.From = new ChannelAccount(message.From.Id, message.From.Name, aadObjectId: message.From.AadObjectId) { Properties = new JObject { ["tenantId"] = OtherTenant } };
                break;
        }
    }
}
