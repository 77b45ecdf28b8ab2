using Dre.Core.FollowUps;

namespace Dre.Core.Contacts;

public interface IContactStore
{
    /// <summary>Stores a new contact and returns it with its version; null when a contact with its id (the same source key) is already there.</summary>
    Task<Contact?> TryAddAsync(Contact contact, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores new contacts as <see cref="TryAddAsync"/> does each, with the writes of one partition batched: the stored
    /// contact of each, in order, or null for one whose id is already there.
    /// </summary>
    Task<IReadOnlyList<Contact?>> TryAddManyAsync(IReadOnlyList<Contact> contacts, int parallelism, CancellationToken cancellationToken = default);

    Task<Contact?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Replaces <paramref name="previous"/> with <paramref name="updated"/> if nobody changed it since it was read.</summary>
    /// <exception cref="Validation.VersionConflictException">Someone else wrote first; carries the current contact.</exception>
    Task<Contact> ReplaceAsync(Contact previous, Contact updated, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the contact's index rows as it is stored now, dropping those that a write of it still in the journal made
    /// stale: for a caller about to answer that the contact is stored without having written it, since the writer that
    /// did may have died before its index rows.
    /// </summary>
    Task ProjectAgainAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A partner's contacts, newest first, with start in [from, to).</summary>
    IAsyncEnumerable<ContactSummary> ListByPartnerAsync(string partnerId, DateTimeOffset from, DateTimeOffset to, int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the partner's status shows of its contacts (the newest and the soonest ahead, restricted ones included), in one
    /// point read; built from the partner's contacts by the first read that finds none.
    /// </summary>
    Task<PartnerTimeline> GetTimelineAsync(string partnerId, CancellationToken cancellationToken = default);

    /// <summary>The partner's first open follow-ups in due order (restricted ones included), in one point read; built from its follow-ups by the first read that finds none.</summary>
    Task<PartnerFollowUps> GetPartnerFollowUpsAsync(string partnerId, CancellationToken cancellationToken = default);

    /// <summary>Every contact with start in [from, to), oldest first.</summary>
    IAsyncEnumerable<ContactSummary> ListByPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Every contact with start in [from, to), oldest first, with its open follow-ups.</summary>
    IAsyncEnumerable<PeriodContact> ListWeekAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Of every contact with start in [from, to), what counting needs and nothing more: one point read per week (its facts row).</summary>
    IAsyncEnumerable<ContactFact> ListWeekFactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <remarks>Give <paramref name="pageSize"/> when only the first few rows are wanted: the service otherwise returns pages of up to 1,000.</remarks>
    IAsyncEnumerable<OpenFollowUp> ListOpenFollowUpsAsync(string partitionKey, string? rowKeyBelow = null, int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary>Finishes the index writes of any write that stopped half-way (a crash between the contact and its indexes).</summary>
    Task<int> RepairAsync(TimeSpan olderThan, CancellationToken cancellationToken = default);
}
