using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Cards;

/// <summary>
/// Where card buttons may point: Teams opens only https, and a card never links outside the product's own origins, but
/// for Teams' own chat deep links (<see cref="TeamsChatLink"/>), which open Teams itself rather than an outside site.
/// </summary>
public sealed class LinksOptions
{
    public const string SectionName = "Links";

    /// <summary>The web app's base URL (https), used for the buttons that open a page of the workspace tab; without it those buttons are left out.</summary>
    public Uri? AppBaseUrl { get; set; }

    /// <summary>
    /// The app's id in Teams (the manifest's <c>id</c>). With it, the buttons that open a page of the workspace tab are
    /// Teams deep links into the personal tab, so the page opens inside Teams; without it, the page opens in a browser.
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", ErrorMessage = "Links:TeamsAppId is the manifest's id, a GUID.")]
    public string? TeamsAppId { get; set; }

    /// <summary>Origins (scheme://host[:port]) that buttons may open.</summary>
    [Required]
    public List<string> AllowedOrigins { get; set; } = [];
}

/// <summary>Builds the URLs that cards may open, or none when the target is not https on an allowed origin.</summary>
public sealed class CardLinks(IOptions<LinksOptions> options)
{
    private readonly LinksOptions _options = options.Value;

    public static CardLinks None { get; } = new(Options.Create(new LinksOptions()));

    /// <summary>
    /// A page of the workspace tab, by its address after <c>#/</c> (<c>partners/morocco</c>, <c>contacts/{id}</c>, <c>digest</c>):
    /// the tab routes on the fragment, so that one static page serves them all, in Teams and in a browser. With the app's
    /// id in Teams, a deep link that opens the page in the personal tab, inside Teams.
    /// </summary>
    public Uri? ToTab(string page)
    {
        if (_options.AppBaseUrl is not { } baseUrl || !Uri.TryCreate(baseUrl, "app/#/" + page, out var url) || !IsOwnOrigin(url))
        {
            return null;
        }

        return _options.TeamsAppId is { Length: > 0 } appId ? TeamsTabLink.For(appId, url, page) : url;
    }

    /// <summary>The partner's page of the tab: its state of play, contacts, follow-ups and what is planned with it.</summary>
    public Uri? ToPartner(string partnerId) => ToTab("partners/" + Uri.EscapeDataString(partnerId));

    /// <summary>The chat link to <paramref name="people"/> when it may be opened, else none.</summary>
    public Uri? ToTeamsChat(IEnumerable<ChatTarget> people, string topic, string message) =>
        TeamsChatLink.For(people, topic, message) is { } url && IsAllowed(url) ? url : null;

    // Teams' chat deep links are allowed here, in this one place and whatever the configured origins: they open a chat in
    // Teams, the client the card is already shown in, with nothing of the card sent anywhere until the reader writes.
    // So is the deep link into this app's own tab, and no other app's.
    public bool IsAllowed(Uri url) =>
        TeamsChatLink.IsChatLink(url) || (_options.TeamsAppId is { Length: > 0 } appId && TeamsTabLink.IsTabLinkOf(appId, url)) || IsOwnOrigin(url);

    private bool IsOwnOrigin(Uri url) =>
        url.IsAbsoluteUri
        && url.Scheme == Uri.UriSchemeHttps
        && _options.AllowedOrigins.Any(origin => Uri.TryCreate(origin, UriKind.Absolute, out var allowed)
            && allowed.Scheme == Uri.UriSchemeHttps
            && string.Equals(allowed.Host, url.Host, StringComparison.OrdinalIgnoreCase)
            && allowed.Port == url.Port);
}
