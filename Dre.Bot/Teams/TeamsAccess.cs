using System.ComponentModel.DataAnnotations;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Teams;

/// <summary>
/// Who may talk to the bot: members of our own tenant, in Teams. The tenant is <c>TeamsAccess:TenantId</c>, else
/// <c>Auth:TenantId</c> (the tenant the API's tokens come from); Development pins the Agents Playground's mock tenant.
/// </summary>
public sealed class TeamsAccessOptions
{
    public const string SectionName = "TeamsAccess";

    [Required(ErrorMessage = "TeamsAccess:TenantId (or Auth:TenantId) names the only tenant whose people may talk to the bot.")]
    public string? TenantId { get; set; }
}

/// <summary>
/// Decides whether an incoming activity comes from one of our people. Everything in it is what Teams (or whoever posts to
/// the endpoint) says, so every tenant field it carries must be ours: the conversation's, the channel data's, and the
/// sender's when Teams gives one (an external member of a shared channel). Guests are outsiders too.
/// </summary>
public static class TeamsAccess
{
    public static bool IsAllowed(IActivity activity, string tenantId)
    {
        if (!string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal))
        {
            return false;
        }

        var channelTenant = (activity.ChannelData as JObject)?.ToObject<TeamsChannelData>()?.Tenant?.Id;
        var conversationTenant = activity.Conversation?.TenantId;
        if (!Ours(conversationTenant, tenantId) || !Ours(channelTenant, tenantId))
        {
            return false;
        }

        var from = activity.From?.Properties;
        var senderTenant = from?.Value<string>("tenantId");
        var role = from?.Value<string>("userRole");
        return (senderTenant is null || Ours(senderTenant, tenantId))
            && !string.Equals(role, "guest", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Ours(string? tenant, string tenantId) => string.Equals(tenant, tenantId, StringComparison.OrdinalIgnoreCase);
}
