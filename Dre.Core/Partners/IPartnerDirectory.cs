using Dre.Core.Audit;
using Dre.Core.Identity;

namespace Dre.Core.Partners;

public interface IPartnerDirectory
{
    /// <summary>Every partner, from a snapshot that is at most a few seconds old.</summary>
    ValueTask<PartnerSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);

    Task<Partner> UpdateStateOfPlayAsync(string partnerId, string text, string ifMatch, UserContext user, ChangeOrigin origin = ChangeOrigin.Api, CancellationToken cancellationToken = default);

    Task<Partner> AddDomainAsync(string partnerId, string domain, UserContext user, CancellationToken cancellationToken = default);
}
