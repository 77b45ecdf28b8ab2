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
    public void ToTab_OnlyHttpsOnAllowedOrigins_GiveALink(string baseUrl, bool linked)
    {
        var links = new CardLinks(Options.Create(new LinksOptions
        {
            AppBaseUrl = new Uri(baseUrl),
            AllowedOrigins = ["https://dre-collab.example.org", "http://127.0.0.1:3978"],
        }));

        Assert.Equal(linked, links.ToTab("partners/morocco") is not null);
    }

    [Theory]
    [InlineData("status-officer", "partners/morocco")]
    [InlineData("contact", "contacts/c1")]
    [InlineData("contacts", "partners/eu")]
    [InlineData("contacts-all", "partners")]
    [InlineData("follow-ups", "partners")]
    [InlineData("digest", "digest")]
    public void OpenButtons_OpenTheTabPageThatShowsWhatTheCardShows(string card, string page)
    {
        var built = CardGallery.All().Single(c => c.Name == $"{card}/realistic/English").Card;

        var opened = CardTexts.Elements(built).Where(e => e["type"]?.GetValue<string>() == "Action.OpenUrl").Select(e => e["url"]!.GetValue<string>());

        Assert.Contains("https://dre-collab.example.org/app/#/" + page, opened);
    }

    [Fact]
    public void WithTheAppsTeamsId_ToTab_IsADeepLinkIntoThePersonalTab_NamingThePage()
    {
        const string appId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        var links = new CardLinks(Options.Create(new LinksOptions
        {
            AppBaseUrl = new Uri("https://dre-collab.example.org/"),
            AllowedOrigins = ["https://dre-collab.example.org"],
            TeamsAppId = appId,
        }));

        var link = links.ToTab("partners/morocco")!;
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        Assert.Equal($"https://teams.microsoft.com/l/entity/{appId}/workspace", link.GetLeftPart(UriPartial.Path));
        Assert.Equal("https://dre-collab.example.org/app/#/partners/morocco", query["webUrl"]);
        Assert.Equal("partners/morocco", System.Text.Json.JsonDocument.Parse(query["context"]!).RootElement.GetProperty("subEntityId").GetString());
        Assert.True(links.IsAllowed(link));
        // Another app's tab is not this product's to open.
        Assert.False(links.IsAllowed(new Uri("https://teams.microsoft.com/l/entity/00000000-0000-0000-0000-000000000001/workspace")));
        Assert.False(links.IsAllowed(new Uri($"https://teams.microsoft.com/l/entity/{appId}/other")));
    }

    [Fact]
    public void WithTheAppsTeamsId_AnOriginNotAllowed_StillGivesNoLink()
    {
        var links = new CardLinks(Options.Create(new LinksOptions
        {
            AppBaseUrl = new Uri("https://evil.example/"),
            AllowedOrigins = ["https://dre-collab.example.org"],
            TeamsAppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        }));

        Assert.Null(links.ToTab("partners/morocco"));
    }

    [Fact]
    public void PlannedContactsCard_OpensTheOutlookAhead_OrThePartnersPage()
    {
        var context = new CardContext(Dre.Core.Localization.Texts.English, CardGallery.Partners, CardGallery.Links, CardGallery.Now);
        var period = new Dre.Bot.Conversations.Period(CardGallery.Now, CardGallery.Now.AddDays(7));
        string Opened(PlannedContactsCard.Scope scope) =>
            PlannedContactsCard.Build([], scope, period, context)["actions"]!.AsArray().Last()!["url"]!.GetValue<string>();

        Assert.Equal("https://dre-collab.example.org/app/#/ahead", Opened(PlannedContactsCard.Scope.Partner(null)));
        Assert.Equal("https://dre-collab.example.org/app/#/partners/morocco", Opened(PlannedContactsCard.Scope.Partner("morocco")));
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
