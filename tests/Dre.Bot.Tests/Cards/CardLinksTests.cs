using Dre.Bot.Cards;
using Microsoft.Extensions.Options;

namespace Dre.Bot.Tests.Cards;

public sealed class CardLinksTests
{
    [Theory]
    [InlineData("https://dre-collab.example.org/", true)]
    [InlineData("http://dre-collab.example.org/", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("https://dre-collab.example.org:8443/", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    public void ToApp_OnlyHttpsOnAllowedOrigins_GiveALink(string baseUrl, bool linked)
    {
        var links = new CardLinks(Options.Create(new LinksOptions
        {
            AppBaseUrl = new Uri(baseUrl),
            AllowedOrigins = ["https://dre-collab.example.org", "http://127.0.0.1:3978"],
        }));

        Assert.Equal(linked, links.ToApp("partners/morocco") is not null);
    }

    [Fact]
    public void StatusCard_WithoutAllowedLink_HasNoOpenUrlButton()
    {
        var context = new CardContext(Dre.Core.Localization.Texts.English, CardGallery.Partners, CardLinks.None, CardGallery.Now);
        var status = new Dre.Core.Partners.PartnerStatus(CardGallery.Partners.Find("morocco")!, null, [], [], []);

        var json = StatusCard.Build(status, context, canEditStateOfPlay: false).ToJsonString();

        Assert.DoesNotContain("Action.OpenUrl", json, StringComparison.Ordinal);
        Assert.Contains("Action.Submit", json, StringComparison.Ordinal);
    }
}
