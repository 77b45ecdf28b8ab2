using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Dre.Bot.Tests.Teams;

/// <summary>
/// The SDK fetches the channel's OpenID metadata through a process-wide cache whose retriever demands HTTPS, with no
/// setting to relax it. Tests serve that metadata over plain HTTP on loopback, so they put a retriever that allows it
/// into the cache for that one URL; everything else about validation (issuer, audience, lifetime, keys,
/// endorsements, serviceUrl) stays the SDK's own.
/// </summary>
public static class BotFrameworkOpenIdMetadata
{
    public static void AllowLoopbackHttp(string metadataUrl)
    {
        if (!new Uri(metadataUrl).IsLoopback)
        {
            throw new ArgumentException("Only a loopback metadata URL may be fetched over HTTP.", nameof(metadataUrl));
        }

        var field = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("JwtTokenExtractor no longer caches its metadata where the tests expect: revisit this helper.");
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)field.GetValue(null)!;
        cache[metadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
    }
}
