namespace Dre.Bot.Teams;

/// <summary>
/// Gives the SDK, which asks for unnamed clients, the bot's own named client: its handler is the one place to set
/// (tests trust their local HTTPS token endpoint there).
/// </summary>
internal sealed class BotHttpClientFactory(IHttpClientFactory inner) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => inner.CreateClient(TeamsBotExtensions.HttpClientName);
}
