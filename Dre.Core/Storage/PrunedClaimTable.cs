namespace Dre.Core.Storage;

/// <summary>A table whose claims <see cref="ClaimPruning"/> prunes: one registration per table, by whoever owns its claims.</summary>
public sealed record PrunedClaimTable(string TableName);
