using Azure.Data.Tables;
using Dre.Core.Storage;

namespace Dre.Bot.Conversations;

/// <summary>
/// Claims that make a thing happen once across retries, double clicks and service instances.
/// A contact form logs one contact: Teams contacts have no source key to merge duplicates on, so the form's id is claimed
/// before logging, and a second submit of the same form (a double click that got through before the form was replaced)
/// finds the claim and is refused. A conversation is welcomed once a day, although Teams announces an install twice.
/// </summary>
public sealed class BotClaims(StoreTables tables, TimeProvider time)
{
    public const string TableName = StoreTables.BotClaimsTable;
    private const string FormPartition = "contactForm";
    private const string WelcomePartition = "welcome";

    /// <summary>
    /// A submitted form is replaced by the logged contact's card, but one whose replacement failed stays clickable in the
    /// chat: its claim is kept for a month, while anyone could still scroll back to it (a few rows per person a month).
    /// </summary>
    public static readonly TimeSpan FormRetention = TimeSpan.FromDays(30);

    /// <summary>A welcome's key holds its UTC day, so a day after its claim no one can ask for that welcome again.</summary>
    public static readonly TimeSpan WelcomeRetention = TimeSpan.FromHours(24);

    private readonly LeaseClaims _forms = new(tables.Table(TableName), time, FormRetention);
    private readonly LeaseClaims _welcomes = new(tables.Table(TableName), time, WelcomeRetention);

    /// <summary>True when this call claimed the form, false when it was claimed before.</summary>
    public Task<bool> TryClaimFormAsync(string formId, string userId, CancellationToken cancellationToken = default) =>
        TryClaimAsync(_forms, FormPartition, formId, userId, cancellationToken);

    /// <summary>Gives the form back when logging failed, so that the corrected form can be sent again.</summary>
    public async Task ReleaseFormAsync(string formId, CancellationToken cancellationToken = default)
    {
        await _forms.ReleaseAsync(FormPartition, TableKeys.Hash(formId), cancellationToken);
    }

    public Task<bool> TryClaimWelcomeAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        TryClaimAsync(_welcomes, WelcomePartition, $"{conversationId}|{now.UtcDateTime:yyyy-MM-dd}", "", cancellationToken);

    private static async Task<bool> TryClaimAsync(LeaseClaims claims, string partition, string key, string userId, CancellationToken cancellationToken)
    {
        // Held until released: a claimed form or welcome is never taken over while its claim is kept.
        var claim = new TableEntity(partition, TableKeys.Hash(key)) { ["UserId"] = userId };
        return await claims.TryClaimAsync(claim, Timeout.InfiniteTimeSpan, cancellationToken) == ClaimOutcome.Claimed;
    }
}
