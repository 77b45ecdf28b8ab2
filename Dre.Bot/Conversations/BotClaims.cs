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
    public const string TableName = "BotClaims";
    private const string FormPartition = "contactForm";
    private const string WelcomePartition = "welcome";
    private readonly TableClient _table = tables.Table(TableName);
    private readonly LeaseClaims _claims = new(tables.Table(TableName), time);
    private volatile bool _created;

    /// <summary>True when this call claimed the form, false when it was claimed before.</summary>
    public Task<bool> TryClaimFormAsync(string formId, string userId, CancellationToken cancellationToken = default) =>
        TryClaimAsync(FormPartition, formId, userId, cancellationToken);

    /// <summary>Gives the form back when logging failed, so that the corrected form can be sent again.</summary>
    public async Task ReleaseFormAsync(string formId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        await _claims.ReleaseAsync(FormPartition, TableKeys.Hash(formId), cancellationToken);
    }

    public Task<bool> TryClaimWelcomeAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        TryClaimAsync(WelcomePartition, $"{conversationId}|{now.UtcDateTime:yyyy-MM-dd}", "", cancellationToken);

    private async Task<bool> TryClaimAsync(string partition, string key, string userId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        // Held until released: a claimed form or welcome is never taken over however long it has been.
        var claim = new TableEntity(partition, TableKeys.Hash(key)) { ["UserId"] = userId };
        return await _claims.TryClaimAsync(claim, Timeout.InfiniteTimeSpan, cancellationToken) == ClaimOutcome.Claimed;
    }

    // Creating an existing table is harmless, so concurrent first calls need no lock.
    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
            _created = true;
        }
    }
}
