using System.Text.Json.Nodes;
using System.Web;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Localization;

namespace Dre.Bot.Tests.Cards;

/// <summary>A coordination alert's "chat with" buttons: a Teams chat with each side's loggers, asking to coordinate.</summary>
public sealed class CoordinationAlertCardTests
{
    private static readonly ContactSummary First = Summary("c1", CardGallery.Now.AddDays(3), "Eva Schmidt");
    private static readonly ContactSummary Second = Summary("c2", CardGallery.Now.AddDays(6), "Ben Ward");

    [Fact]
    public void EachSideWithAKnownAddress_HasAChatButton_ToItsLoggers()
    {
        var card = Build(Texts.English, [new ChatTarget("Eva Schmidt", "eva.schmidt@coe.int")], [new ChatTarget("Ben Ward", "ben.o'ward+dgii@coe.int"), new ChatTarget("Ana Lima", "ana.lima@coe.int")]);

        var chats = ChatButtons(card);
        Assert.Equal(["Chat with Eva Schmidt", "Chat with Ben Ward, Ana Lima"], chats.Select(c => c.Title));
        var second = chats[1].Url;
        Assert.StartsWith("https://teams.microsoft.com/l/chat/0/0?users=", second.AbsoluteUri, StringComparison.Ordinal);
        // Each address escaped on its own, the list separated by plain commas as Teams reads it.
        Assert.Contains("users=ben.o%27ward%2Bdgii%40coe.int,ana.lima%40coe.int&", second.AbsoluteUri, StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(second.Query);
        Assert.Equal("ben.o'ward+dgii@coe.int,ana.lima@coe.int", query["users"]);
        Assert.Equal("Coordination: Morocco", query["topicName"]);
        Assert.Equal("About our contacts with Morocco on 30 Nov 2026 and 3 Dec 2026: shall we coordinate?", query["message"]);
    }

    [Fact]
    public void InFrench_TheButtonAndTheFirstMessageAreFrench()
    {
        var card = Build(Texts.French, [], [new ChatTarget("Ben Ward", "ben.ward@coe.int")]);

        var chat = Assert.Single(ChatButtons(card));
        Assert.Equal("Écrire à Ben Ward", chat.Title);
        var query = HttpUtility.ParseQueryString(chat.Url.Query);
        Assert.Equal("Coordination : Maroc", query["topicName"]);
        Assert.StartsWith("À propos de nos contacts avec Maroc le 30 ", query["message"], StringComparison.Ordinal);
        Assert.EndsWith(" : nous coordonnons-nous ?", query["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnAddress_ThereIsNoChatButton_OnlyTheOpenButtons()
    {
        var card = Build(Texts.English, null, [new ChatTarget("Ben Ward", "not an address"), new ChatTarget("Ana Lima", "a,b@coe.int")]);

        Assert.Empty(ChatButtons(card));
        Assert.Equal(2, card["actions"]!.AsArray().Count);
    }

    [Fact]
    public void TeamsChatLinks_AreAllowed_ButNothingElseOfTeams()
    {
        Assert.True(CardLinks.None.IsAllowed(new Uri("https://teams.microsoft.com/l/chat/0/0?users=a%40coe.int")));
        Assert.False(CardLinks.None.IsAllowed(new Uri("https://teams.microsoft.com/l/entity/x")));
        Assert.False(CardLinks.None.IsAllowed(new Uri("http://teams.microsoft.com/l/chat/0/0?users=a%40coe.int")));
        Assert.False(CardLinks.None.IsAllowed(new Uri("https://teams.microsoft.com.evil.example/l/chat/0/0")));
    }

    private static JsonObject Build(Texts texts, IReadOnlyList<ChatTarget>? first, IReadOnlyList<ChatTarget>? second) =>
        CoordinationAlertCard.Build("morocco", First, Second, 14, new CardContext(texts, CardGallery.Partners, CardGallery.Links, CardGallery.Now), first, second);

    private static List<(string Title, Uri Url)> ChatButtons(JsonObject card) =>
        [.. card["actions"]!.AsArray()
            .Where(a => (string?)a!["type"] == "Action.OpenUrl" && ((string?)a["url"])!.StartsWith("https://teams.microsoft.com/", StringComparison.Ordinal))
            .Select(a => ((string)a!["title"]!, new Uri((string)a["url"]!)))];

    private static ContactSummary Summary(string id, DateTimeOffset start, string logger) => new()
    {
        ContactId = id,
        Kind = ContactKind.Meeting,
        Start = start,
        Subject = "Talks " + id,
        PartnerIds = ["morocco"],
        CoeParticipants = [new CoeParticipant(logger, null, "DGI")],
        LoggedBy = [logger],
        Confidentiality = Confidentiality.Internal,
        Source = ContactSource.Api,
    };
}
