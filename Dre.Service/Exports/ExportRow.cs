using Dre.Core.Contacts;
using Dre.Core.Imports;
using Dre.Core.Partners;

namespace Dre.Service.Exports;

/// <summary>A contact as a row of the import columns (<see cref="ImportColumns.All"/>), so that an export imports again as it is.</summary>
public static class ExportRow
{
    public static IReadOnlyList<string> Header(Language language) => ImportColumns.All.Select(c => ImportColumns.Header(c, language)).ToList();

    public static string[] Cells(Contact contact, PartnerSnapshot snapshot, Language language) =>
    [
        ImportValues.Format(contact.Start),
        ImportValues.Format(contact.Kind),
        ImportCells.JoinNames(contact.PartnerIds.Select(id => snapshot.Find(id)?.DisplayName(language) ?? id)),
        contact.Subject,
        contact.Summary ?? "",
        ImportCells.CoeParticipants(contact.CoeParticipants),
        ImportCells.PartnerParticipants(contact.PartnerParticipants),
        ImportValues.Format(contact.Confidentiality),
        ImportCells.FollowUps(contact.FollowUps.Where(f => !f.Done)),
    ];
}
