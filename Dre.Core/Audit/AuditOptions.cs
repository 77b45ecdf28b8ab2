using System.ComponentModel.DataAnnotations;

namespace Dre.Core.Audit;

/// <summary>How long the audit trail keeps what a deleted contact said (see docs/storage.md, Retention).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// After this period from its deletion, a contact's audit entries keep who changed which field when, and lose the
    /// values: the personal data of partners' staff in them goes with the contact, as data protection rules require.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Audit:DeletedContentRetention is between 1 day and 10 years.")]
    public TimeSpan DeletedContentRetention { get; set; } = TimeSpan.FromDays(365);
}
