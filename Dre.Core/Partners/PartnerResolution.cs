namespace Dre.Core.Partners;

/// <summary>
/// What a name typed by someone refers to: one partner when that is certain, otherwise the ranked candidates to
/// choose from (best first), or nothing.
/// </summary>
public sealed record PartnerResolution(PartnerResolutionKind Kind, IReadOnlyList<PartnerCandidate> Candidates)
{
    public static PartnerResolution None { get; } = new(PartnerResolutionKind.None, []);

    /// <summary>The partner meant, only when the resolution is certain; it is then also the first candidate.</summary>
    public Partner? Match => Kind == PartnerResolutionKind.Match ? Candidates[0].Partner : null;
}

public enum PartnerResolutionKind
{
    None,
    Match,
    Candidates,
}

/// <summary>A partner the query may refer to; the score (0 to 1, 1 for an exact name or alias) only ranks candidates.</summary>
public sealed record PartnerCandidate(Partner Partner, double Score);
