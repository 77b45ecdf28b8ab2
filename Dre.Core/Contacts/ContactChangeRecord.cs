using Dre.Core.Visibility;
using Dre.Core.Audit;
using Dre.Core.Identity;

namespace Dre.Core.Contacts;

/// <summary>The audit entry of one write of a contact, computed by whoever makes the write, carried by the contact's row until projected.</summary>
public static class ContactChangeRecord
{
    private static readonly IReadOnlySet<string> Ignored = new HashSet<string>(StringComparer.Ordinal) { "id", "revision", "version" };

    public static AuditRecord Of(Contact? before, Contact after, AuditAction action, UserContext user, ChangeOrigin origin, DateTimeOffset at)
    {
        var restricted = before?.Confidentiality == Confidentiality.Restricted || after.Confidentiality == Confidentiality.Restricted;
        var audience = (before is null ? [] : VisibilityPolicy.AudienceOf(before)).Union(VisibilityPolicy.AudienceOf(after), StringComparer.Ordinal).ToList();
        var entry = new AuditEntry(at, new AuditActor(user.UserId, user.Name), origin, action, FieldDiff.Between(before, after, Ignored));
        return new AuditRecord(entry, restricted, audience);
    }

    /// <summary>Where a log came from, by the source the caller gave it.</summary>
    public static ChangeOrigin OriginOf(ContactSource source) => source switch
    {
        ContactSource.OutlookMeeting or ContactSource.OutlookEmail => ChangeOrigin.AddIn,
        ContactSource.Teams => ChangeOrigin.Bot,
        ContactSource.Import => ChangeOrigin.Import,
        _ => ChangeOrigin.Api,
    };
}
