using System.Text.Json;

namespace Dre.Bot.Cards;

/// <summary>
/// Teams' documented deep link to a page of an app's personal tab
/// (<c>/l/entity/{appId}/{entityId}?webUrl=…&amp;context={"subEntityId":…}</c>): inside Teams it opens the tab, which
/// reads the page from its context's <c>page.subPageId</c>; Teams on the web without the app installed falls back to
/// <c>webUrl</c>.
/// </summary>
public static class TeamsTabLink
{
    /// <summary>The personal tab's entityId in the manifest (staticTabs).</summary>
    public const string WorkspaceEntityId = "workspace";

    private const string EntityPath = "/l/entity/";

    public static Uri For(string teamsAppId, Uri webUrl, string page)
    {
        var context = JsonSerializer.Serialize(new Dictionary<string, string> { ["subEntityId"] = page });
        return new Uri($"{TeamsChatLink.Origin}{EntityPath}{Uri.EscapeDataString(teamsAppId)}/{WorkspaceEntityId}"
            + $"?webUrl={Uri.EscapeDataString(webUrl.AbsoluteUri)}&context={Uri.EscapeDataString(context)}");
    }

    /// <summary>Whether <paramref name="url"/> is a link to this app's tab, and to no other app of Teams.</summary>
    public static bool IsTabLinkOf(string teamsAppId, Uri url) =>
        url.IsAbsoluteUri
        && url.Scheme == Uri.UriSchemeHttps
        && string.Equals(url.Host, new Uri(TeamsChatLink.Origin).Host, StringComparison.OrdinalIgnoreCase)
        && url.IsDefaultPort
        && string.Equals(url.AbsolutePath, $"{EntityPath}{teamsAppId}/{WorkspaceEntityId}", StringComparison.OrdinalIgnoreCase);
}
