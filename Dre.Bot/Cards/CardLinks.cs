using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Cards;

/// <summary>Where card buttons may point: Teams opens only https, and a card never links outside the product's own origins.</summary>
public sealed class LinksOptions
{
    public const string SectionName = "Links";

    /// <summary>The web app's base URL (https), used for "open in DRE Collab" buttons; without it those buttons are left out.</summary>
    public Uri? AppBaseUrl { get; set; }

    /// <summary>Origins (scheme://host[:port]) that buttons may open.</summary>
    [Required]
    public List<string> AllowedOrigins { get; set; } = [];
}

/// <summary>Builds the URLs that cards may open, or none when the target is not https on an allowed origin.</summary>
public sealed class CardLinks(IOptions<LinksOptions> options)
{
    private readonly LinksOptions _options = options.Value;

    public static CardLinks None { get; } = new(Options.Create(new LinksOptions()));

    public Uri? ToApp(string relativePath)
    {
        if (_options.AppBaseUrl is not { } baseUrl)
        {
            return null;
        }

        return Uri.TryCreate(baseUrl, relativePath, out var url) && IsAllowed(url) ? url : null;
    }

    public bool IsAllowed(Uri url) =>
        url.IsAbsoluteUri
        && url.Scheme == Uri.UriSchemeHttps
        && _options.AllowedOrigins.Any(origin => Uri.TryCreate(origin, UriKind.Absolute, out var allowed)
            && allowed.Scheme == Uri.UriSchemeHttps
            && string.Equals(allowed.Host, url.Host, StringComparison.OrdinalIgnoreCase)
            && allowed.Port == url.Port);
}
