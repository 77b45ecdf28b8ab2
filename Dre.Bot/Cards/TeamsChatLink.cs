namespace Dre.Bot.Cards;

/// <summary>A person a card offers to write to in Teams: their name as the card shows it, and the address Teams knows them by.</summary>
public sealed record ChatTarget(string Name, string Address);

/// <summary>
/// Teams' documented deep link to a new chat (<c>/l/chat/0/0?users=…&amp;topicName=…&amp;message=…</c>): Teams opens the
/// chat with the people named by their user principal names, the topic and a first message filled in, and sends nothing
/// until the reader does.
/// </summary>
public static class TeamsChatLink
{
    /// <summary>Teams' own origin: a card may open it beside the product's origins, as <see cref="CardLinks"/> allows.</summary>
    public const string Origin = "https://teams.microsoft.com";

    private const string ChatPath = "/l/chat/0/0";

    /// <summary>The link to a chat with <paramref name="people"/>, or null when none of them has an address Teams could take.</summary>
    public static Uri? For(IEnumerable<ChatTarget> people, string topic, string message)
    {
        // users is a comma-separated list: an address holding a comma (or no @) would name someone else or no one.
        var users = people.Select(p => p.Address.Trim()).Where(a => a.Contains('@', StringComparison.Ordinal) && !a.Contains(',', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(Uri.EscapeDataString)
            .ToList();
        return users.Count == 0
            ? null
            : new Uri($"{Origin}{ChatPath}?users={string.Join(',', users)}&topicName={Uri.EscapeDataString(topic)}&message={Uri.EscapeDataString(message)}");
    }

    /// <summary>Whether <paramref name="url"/> is one of these chat links, and nothing else of Teams.</summary>
    public static bool IsChatLink(Uri url) =>
        url.IsAbsoluteUri
        && url.Scheme == Uri.UriSchemeHttps
        && string.Equals(url.Host, new Uri(Origin).Host, StringComparison.OrdinalIgnoreCase)
        && url.IsDefaultPort
        && url.AbsolutePath == ChatPath;
}
