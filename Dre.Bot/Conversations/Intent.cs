namespace Dre.Bot.Conversations;

public enum IntentKind
{
    Unknown,
    Help,
    Status,
    Contacts,
    LogContact,
    MyFollowUps,
    OverdueFollowUps,
}

/// <summary>What a message asks for: the kind, the words that name a partner (if any), and a period (for contacts), or whether a period was asked for but not understood.</summary>
public sealed record Intent(IntentKind Kind, string? PartnerQuery = null, Period? Period = null, bool PeriodNotUnderstood = false);

/// <summary>A half-open interval of instants, [From, To).</summary>
public sealed record Period(DateTimeOffset From, DateTimeOffset To);
