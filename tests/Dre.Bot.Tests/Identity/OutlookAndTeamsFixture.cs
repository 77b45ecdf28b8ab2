using System.Net.Http.Headers;
using Dre.Bot.Tests.Teams;
using Dre.Testing;

namespace Dre.Bot.Tests.Identity;

/// <summary>
/// The service with its real bot behind /api/messages, Teams' roster served by the fake connector, and API tokens shaped as
/// Entra ID issues them (from a local OpenID issuer): one person can be asked for through both doors.
/// </summary>
public sealed class OutlookAndTeamsFixture : BotEndpointFixture
{
    private const string TenantId = "00000000-0000-0000-0000-00000000c0e1";
    private const string ClientId = "11111111-1111-1111-1111-111111111111";

    public LocalOpenIdIssuer Issuer { get; private set; } = null!;

    /// <summary>A client of the API signed in as the person with this object id, with the addresses the token names.</summary>
    public HttpClient ApiClient(string objectId, string name, string preferredUsername, string? email, params string[] roles)
    {
        var claims = new Dictionary<string, object>
        {
            ["oid"] = objectId,
            ["tid"] = TenantId,
            ["preferred_username"] = preferredUsername,
            ["name"] = name,
            ["scp"] = "access_as_user",
            ["ver"] = "2.0",
        };
        if (email is not null)
        {
            // The optional claim the app registration adds to its access tokens (docs/deploy.md).
            claims["email"] = email;
        }

        if (roles.Length > 0)
        {
            claims["roles"] = roles;
        }

        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Issuer.CreateToken(ClientId, claims, notBefore: TestClock.Now.UtcDateTime.AddMinutes(-1)));
        return client;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    protected override async Task AddSettingsAsync(IDictionary<string, string?> settings)
    {
        Issuer = await LocalOpenIdIssuer.StartAsync();
        settings["Auth:UseDevelopmentIssuer"] = "false";
        settings["Auth:Authority"] = Issuer.BaseUrl;
        settings["Auth:TenantId"] = TenantId;
        settings["Auth:ClientId"] = ClientId;
    }
}
