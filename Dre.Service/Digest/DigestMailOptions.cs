namespace Dre.Service.Digest;

/// <summary>The digest by e-mail, through Microsoft Graph as the API's app registration (application permission Mail.Send).</summary>
public sealed class DigestMailOptions
{
    public const string SectionName = "Digest:Mail";

    /// <summary>The mailbox the digest is sent from (a shared mailbox's address or object id); empty: no e-mail.</summary>
    public string? Sender { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Sender);
}
