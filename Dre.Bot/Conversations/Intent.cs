using Dre.Core.Digest;
using Dre.Core.Notifications;

namespace Dre.Bot.Conversations;

public enum IntentKind
{
    Unknown,
    Help,
    Status,
    Contacts,
    PlannedContacts,
    Briefing,
    LogContact,
    MyFollowUps,
    OverdueFollowUps,
    RouteHere,
    Settings,
    Subscribe,
    Unsubscribe,
    DigestPreview,
}

/// <summary>
/// What a message asks for: the kind, the words that name a partner (if any), a period (for contacts) or whether a period
/// was asked for but not understood, the portfolios to route (for "route EU here"), a digest frequency (for subscriptions)
/// and, when the directory found them in the message, the ids of the partners named (the first is also the query).
/// </summary>
public sealed record Intent(
    IntentKind Kind,
    string? PartnerQuery = null,
    Period? Period = null,
    bool PeriodNotUnderstood = false,
    IReadOnlyList<RouteTarget>? Targets = null,
    DigestFrequency? Frequency = null,
    IReadOnlyList<string>? PartnerIds = null);

/// <summary>A half-open interval of instants, [From, To).</summary>
public sealed record Period(DateTimeOffset From, DateTimeOffset To);
