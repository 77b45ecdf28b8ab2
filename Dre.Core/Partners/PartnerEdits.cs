using Dre.Core.Audit;
using Dre.Core.Identity;
using Dre.Core.Storage;
using Dre.Core.Validation;

namespace Dre.Core.Partners;

/// <summary>
/// DRE officers manage the directory: new partners, edits, archiving. A partner is never deleted, as contacts name it
/// for ever; archived, it leaves the resolver's and the domain matcher's answers. Every instance sees an edit at its
/// next directory refresh (at most 15 seconds), without a restart.
/// </summary>
public sealed class PartnerEdits(TablePartnerDirectory directory)
{
    public async Task<Partner> CreateAsync(PartnerInput input, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default)
    {
        RequireOfficer(user);
        var partner = PartnerInputRules.Apply(null, input, await directory.GetSnapshotAsync(cancellationToken));
        var stored = await directory.InsertAsync(partner, cancellationToken);
        await directory.RecordAsync(null, stored, AuditAction.PartnerCreated, user, origin, cancellationToken);
        return stored;
    }

    /// <exception cref="VersionConflictException">The partner changed since <paramref name="ifMatch"/>.</exception>
    public async Task<Partner> UpdateAsync(string id, PartnerInput input, string? ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default)
    {
        RequireOfficer(user);
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw InputException.For("If-Match", "Send the version you edited in the If-Match header.");
        }

        if (input.Id is not null && input.Id != id)
        {
            throw InputException.For("id", "A partner's id does not change.");
        }

        var (current, snapshot) = await CurrentAsync(id, ifMatch, cancellationToken);
        var updated = PartnerInputRules.Apply(current, input, snapshot);
        return await ReplaceAsync(current, updated, ifMatch, AuditAction.PartnerEdited, user, origin, cancellationToken);
    }

    public async Task<Partner> ArchiveAsync(string id, string? ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default)
    {
        RequireOfficer(user);
        var (current, _) = await CurrentAsync(id, ifMatch, cancellationToken);
        return current.Archived
            ? current
            : await ReplaceAsync(current, current with { Archived = true }, string.IsNullOrWhiteSpace(ifMatch) ? current.Version! : ifMatch, AuditAction.PartnerArchived, user, origin, cancellationToken);
    }

    private async Task<(Partner Current, PartnerSnapshot Snapshot)> CurrentAsync(string id, string? ifMatch, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetSnapshotAsync(cancellationToken);
        var current = snapshot.Find(id) ?? throw new NotFoundException("The partner");
        if (!string.IsNullOrWhiteSpace(ifMatch) && !Versions.Same(current.Version, ifMatch))
        {
            throw new VersionConflictException(current, current.Version!);
        }

        return (current, snapshot);
    }

    private async Task<Partner> ReplaceAsync(Partner current, Partner updated, string ifMatch, AuditAction action, UserContext user, ChangeOrigin origin, CancellationToken cancellationToken)
    {
        var stored = await directory.ReplaceDirectoryAsync(updated with { StateOfPlay = null }, ifMatch, cancellationToken);
        await directory.RecordAsync(current, stored, action, user, origin, cancellationToken);
        return stored;
    }

    private static void RequireOfficer(UserContext user)
    {
        if (!user.IsDreOfficer)
        {
            throw new ForbiddenException("Only DRE officers edit the partner directory.");
        }
    }
}
