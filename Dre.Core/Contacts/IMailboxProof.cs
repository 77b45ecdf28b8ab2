namespace Dre.Core.Contacts;

/// <summary>
/// Whether the Outlook item a draft was logged from is in the caller's own mailbox, asked on the caller's behalf. Beside
/// being in its audience, it is the one reason to let someone who logs a restricted contact's meeting or e-mail again see
/// it: the id of an item travels (a forwarded invitation), the item in one's own mailbox does not.
/// </summary>
public interface IMailboxProof
{
    /// <returns>False when the item is not there, and when the mailbox cannot be asked: the contact then stays withheld.</returns>
    Task<bool> HoldsAsync(ContactDraft draft, CancellationToken cancellationToken = default);
}
