using Microsoft.AspNetCore.Http;

namespace Dre.OutlookAddin.ItemSource;

public static class BearerToken
{
    /// <summary>The caller's access token for this API, which authentication has validated: what an on-behalf-of exchange starts from.</summary>
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
    }
}
