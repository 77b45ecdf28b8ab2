using Dre.Core.Visibility;
using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Core.Validation;

namespace Dre.Core.Contacts;

/// <summary>A contact's audit trail, for those who may read the contact; a deleted one's for DRE officers and its loggers.</summary>
public sealed class ContactHistory(IContactStore store, AuditTrail audit)
{
    /// <exception cref="NotFoundException">Unknown, or not the caller's to see (never said apart).</exception>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string id, UserContext user, CancellationToken cancellationToken = default)
    {
        var contact = await store.GetAsync(id, cancellationToken);
        var readable = contact switch
        {
            null => false,
            { Deletion: null } => VisibilityPolicy.MaySee(user, contact),
            _ => ContactDeletions.MayDelete(user, contact),
        };
        if (!readable)
        {
            throw new NotFoundException("The contact");
        }

        return await audit.ReadAsync(AuditTrail.ContactSubject(id), user, cancellationToken);
    }
}
