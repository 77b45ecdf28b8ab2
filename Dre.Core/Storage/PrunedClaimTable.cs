namespace Dre.Core.Storage;

/// <summary>A table whose claims <see cref="ClaimPruning"/> prunes: one registration per table, by whoever owns its claims.</summary>
/// <param name="Retention">The longest retention of the table's claims, given to the rows written before claims had one.</param>
public sealed record PrunedClaimTable(string TableName, TimeSpan Retention);
