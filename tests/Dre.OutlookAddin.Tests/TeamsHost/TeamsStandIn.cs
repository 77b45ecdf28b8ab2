using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dre.OutlookAddin.Tests.TeamsHost;

/// <summary>
/// The workspace tab framed as Teams frames it: a host page answering teams-js and the nested app authentication
/// bridge (teams-host.js). Playwright serves that page at Teams' own address, so that teams-js trusts it as its
/// host; nothing leaves the browser, and the tab itself comes from the service on 127.0.0.1.
/// </summary>
public sealed class TeamsStandIn(TaskPaneFixture fixture)
{
    private const string HostAddress = "https://teams.microsoft.com/dre-stand-in/host.html";
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TeamsHost", "teams-host.js"));

    /// <summary>The API scope the service's configuration names (GET /addin/config.json), which the tab asks for.</summary>
    public async Task<string> ApiScopeAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.Service.BaseAddress };
        return (await http.GetFromJsonAsync<JsonElement>("/addin/config.json")).GetProperty("apiScope").GetString()!;
    }

    /// <summary>
    /// Opens the tab at <paramref name="hash"/> inside the stand-in. <paramref name="silent"/> and <paramref name="popup"/>
    /// say what the host answers MSAL's silent and popup requests: "token", "refused-until-refresh", or a bridge error
    /// status (USER_INTERACTION_REQUIRED, USER_CANCEL, PERSISTENT_ERROR).
    /// </summary>
    public async Task<(IPage Page, IFrameLocator Tab)> OpenAsync(string hash, string silent, string popup = "USER_CANCEL", string locale = "en-gb", string user = Pane.Officer)
    {
        using var api = await fixture.Service.ApiClientForAsync(user, user == Pane.Officer ? "officer" : "staff");
        var token = api.DefaultRequestHeaders.Authorization!.Parameter!;
        var standIn = new
        {
            tab = new Uri(fixture.Service.BaseAddress, "app/" + hash).ToString(),
            token,
            // Same claims, broken signature: a token the service refuses with 401.
            refusedToken = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"),
            scope = await ApiScopeAsync(),
            silent,
            popup,
            locale,
        };
        var html = $"""
            <!doctype html><html><head><meta charset="utf-8"><title>Teams stand-in</title></head>
            <body style="margin:0"><iframe id="tab" title="DRE Collab" allow="local-network-access" style="border:0;width:{WorkspaceTab.TabWidth}px;height:880px"></iframe>
            <script type="application/json" id="stand-in">{JsonSerializer.Serialize(standIn)}</script>
            <script>{Script}</script></body></html>
            """;

        var page = await fixture.NewPageAsync(WorkspaceTab.TabWidth + 20);
        // Teams' address is public, the service's loopback: Chromium asks before a public page reaches the local network
        // (in production both are public, so the real host never asks).
        await page.Context.GrantPermissionsAsync(["local-network-access"], new() { Origin = new Uri(HostAddress).GetLeftPart(UriPartial.Authority) });
        await page.RouteAsync(HostAddress, route => route.FulfillAsync(new() { ContentType = "text/html", Body = html }));
        await page.Clock.SetFixedTimeAsync(fixture.Now.UtcDateTime);
        await page.GotoAsync(HostAddress);
        return (page, page.FrameLocator("#tab"));
    }

    /// <summary>The bridge requests the tab made, in order: method and whether it asked past MSAL's cache.</summary>
    public static async Task<IReadOnlyList<BridgeCall>> CallsAsync(IPage page) =>
        [.. (await page.EvaluateAsync<JsonElement>("() => window.naaCalls")).EnumerateArray()
            .Select(c => new BridgeCall(c.GetProperty("method").GetString()!, c.GetProperty("forceRefresh").GetBoolean()))];

    public sealed record BridgeCall(string Method, bool ForceRefresh);
}
