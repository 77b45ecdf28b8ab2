using System.Collections.Concurrent;
using Dre.Core.Identity;
using Dre.OutlookAddin.Graph;
using Microsoft.Kiota.Abstractions;

namespace Dre.Service.Identity;

/// <summary>
/// Addresses resolved through Microsoft Graph as the API's registration (<c>GET /users/{address}</c>, which takes a user
/// principal name). An answer, known or not, is kept for <see cref="Lifetime"/>, so that a briefing pass each minute
/// does not ask Graph each minute; a failure is not kept, so the next pass asks again.
/// </summary>
public sealed partial class GraphUserDirectory(AppOnlyGraph graph, TimeProvider time, ILogger<GraphUserDirectory> logger) : IUserDirectory
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, string? Id)> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string?> ObjectIdOfAsync(string address, CancellationToken cancellationToken = default)
    {
        var key = address.Trim();
        if (!key.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (_known.TryGetValue(key, out var known) && known.Until > now)
        {
            return known.Id;
        }

        string? id;
        try
        {
            id = (await graph.Client().Users[key].GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken))?.Id;
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            id = null;
        }
        // Graph's retry handler reports the answers it gave up on together, as an AggregateException.
        catch (Exception e) when (e is ApiException or AggregateException or HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            LogNotRead(logger, e);
            return null;
        }

        _known[key] = (now + Lifetime, id);
        return id;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look an address up in Microsoft Graph")]
    private static partial void LogNotRead(ILogger logger, Exception exception);
}
