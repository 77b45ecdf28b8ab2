namespace Dre.Core.Partners;

/// <summary>Who an e-mail address belongs to, as far as its domain tells; <paramref name="Address"/> is trimmed and lower-cased.</summary>
public sealed record EmailMatch(string Address, EmailMatchKind Kind, Partner? Partner);

public enum EmailMatchKind
{
    /// <summary>The domain is one of a partner's.</summary>
    Partner,

    /// <summary>A Council of Europe address: the Organisation's side of a contact.</summary>
    OurSide,

    /// <summary>A free-mail provider: anyone may write from it, so it says nothing about the partner.</summary>
    FreeMail,

    /// <summary>A domain no partner has.</summary>
    Unknown,

    /// <summary>Not an e-mail address.</summary>
    Invalid,
}
