namespace Dre.Core.Storage;

/// <summary>What a caller of <see cref="LeaseClaims.TryClaimAsync(string, string, TimeSpan, CancellationToken)"/> found.</summary>
public enum ClaimOutcome
{
    /// <summary>The caller holds the claim: it does the thing, then completes or releases the claim.</summary>
    Claimed,

    /// <summary>The thing was done already.</summary>
    Done,

    /// <summary>Another caller holds the claim and its lease has not ended.</summary>
    Held,
}
