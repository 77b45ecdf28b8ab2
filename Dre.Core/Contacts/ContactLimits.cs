namespace Dre.Core.Contacts;

/// <summary>Sizes that keep one contact inside a table entity (1 MiB, 64 KiB a column) with room for merges.</summary>
public static class ContactLimits
{
    public const int Subject = 300;
    public const int Summary = 8_000;
    public const int Outcome = 2_000;
    public const int Name = 200;
    public const int Mae = 100;
    public const int Topic = 80;
    public const int Topics = 20;
    public const int Partners = 10;
    public const int Participants = 100;
    public const int FollowUps = 30;
    public const int FollowUpText = 500;
    public const int Notes = 50;
    public const int SourceId = 1_000;

    /// <summary>
    /// A contact's row as Table Storage counts it: under the 1 MiB an entity may take, by enough for what is never refused
    /// (a follow-up marked done) and for the count's own imprecision.
    /// </summary>
    public const int StoredBytes = 960 * 1024;
    public static readonly TimeSpan LongestContact = TimeSpan.FromDays(14);
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan FurthestAhead = TimeSpan.FromDays(2 * 366);

    /// <summary>
    /// The latest end of a period that lists contacts: a day past the latest start a contact may be logged with, since
    /// a period's end is exclusive. Nothing later can match, and far later would overflow the week keys.
    /// </summary>
    public static DateTimeOffset ListedUntil(DateTimeOffset now) => now + FurthestAhead + TimeSpan.FromDays(1);
}
