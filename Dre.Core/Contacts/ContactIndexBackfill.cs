using Dre.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Dre.Core.Contacts;

/// <summary>
/// Brings index rows written by an earlier version up to the current layout, once per store: week rows before they
/// carried their open follow-ups and their confidentiality and audience. Until it has run, the digest reads such rows
/// conservatively (no follow-ups; counted for DRE officers only). Instances starting together, or one that dies
/// half-way and runs it again, rewrite the same rows.
/// </summary>
public sealed class ContactIndexBackfill(StoreTables tables, TableContactStore store, ILogger<ContactIndexBackfill> logger) : ContactLayoutChange(tables, logger)
{
    protected override string Layout => "week-rows-2";

    protected override Task<int> RewriteAsync(CancellationToken cancellationToken) => store.ProjectEveryContactAsync(cancellationToken);
}
