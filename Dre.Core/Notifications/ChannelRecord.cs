namespace Dre.Core.Notifications;

/// <summary>
/// A Teams channel the app is installed in, with what a proactive message to it needs. The conversation reference is
/// kept as the bot serialised it: the core stores it and never reads it.
/// </summary>
public sealed record ChannelRecord
{
    public required string TeamId { get; init; }
    public required string ChannelId { get; init; }
    public string? TeamName { get; init; }
    public string? ChannelName { get; init; }
    public required string TenantId { get; init; }
    public required string ServiceUrl { get; init; }
    public required string ConversationReference { get; init; }
    /// <summary>"en" or "fr": the language of whoever set the channel up, which its summaries are written in.</summary>
    public string Language { get; init; } = "en";
    public bool Active { get; init; } = true;
    public string? InactiveReason { get; init; }

    public string Key => ChannelKeys.Of(TeamId, ChannelId);
}

/// <summary>
/// What a route points at: a portfolio (each one the same number as its <see cref="Partners.Portfolio"/>), or the
/// managers' digest. An enum rather than a type so that card data and test tables can name targets as constants.
/// </summary>
public enum RouteTarget
{
    Eu = Partners.Portfolio.Eu,
    Osce = Partners.Portfolio.Osce,
    Un = Partners.Portfolio.Un,
    ObserverStates = Partners.Portfolio.ObserverStates,
    Neighbourhood = Partners.Portfolio.Neighbourhood,
    OtherOrganisations = Partners.Portfolio.OtherOrganisations,
    SubRegional = Partners.Portfolio.SubRegional,
    Managers = 100,
}

public sealed record DigestSubscription(string UserId, string Name, string? Email, Digest.DigestFrequency Frequency, string ConversationReference, string Language = "en")
{
    /// <summary>The subscriber's addresses beside <see cref="Email"/> (<see cref="Identity.UserContext.OtherAddresses"/>), so that their digest shows what they see in Teams.</summary>
    public IReadOnlyList<string> OtherAddresses { get; init; } = [];
}

/// <summary>The bot's personal chat with someone, kept from their last message to it, for alerts meant for them alone.</summary>
public sealed record PersonalConversation(string UserId, string TenantId, string ServiceUrl, string ConversationReference, string Language = "en");

public static class ChannelKeys
{
    public static string Of(string teamId, string channelId) => $"{Storage.TableKeys.Hash(teamId)}-{Storage.TableKeys.Hash(channelId)}";

    public static RouteTarget For(Partners.Portfolio portfolio) => (RouteTarget)portfolio;

    /// <summary>The portfolio a route target stands for, or null for the managers' digest.</summary>
    public static Partners.Portfolio? PortfolioOf(RouteTarget target) =>
        target == RouteTarget.Managers ? null : (Partners.Portfolio)target;
}
