using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dre.Bot.Tests.Teams;

/// <summary>Questions as staff write them, posted to the real /api/messages endpoint; the replies read where Teams gets them.</summary>
public sealed class PartnerQuestionEndpointTests(BotEndpointFixture bot) : IClassFixture<BotEndpointFixture>
{
    [Fact]
    public async Task Status_FrenchQuestionWithGreetingAndThanks_AnswersWithTheStatusCard()
    {
        var replies = await AskAsync("Bonjour, où en sommes-nous avec le HCDH ? Merci 🙏", "fr-FR", 1);

        Assert.Contains("Haut-Commissariat des Nations unies aux droits de l'homme", CardOf(replies[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_TwoPartnersNamed_AnswersBoth()
    {
        var replies = await AskAsync("any news from the OSCE and ODIHR?", "en-GB", 2);

        Assert.Contains("Organization for Security and Co-operation in Europe", CardOf(replies[0]), StringComparison.Ordinal);
        Assert.Contains("Office for Democratic Institutions and Human Rights", CardOf(replies[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planned_ComingUp_ListsThePlannedContactsAhead_NotThoseHeld()
    {
        var subject = "Visit ahead " + Guid.NewGuid().ToString("N")[..8];
        var past = "Visit held " + Guid.NewGuid().ToString("N")[..8];
        await LogAsync("jordan", subject, TestClock.Now.AddDays(6));
        await LogAsync("jordan", past, TestClock.Now.AddDays(-6));

        var card = CardOf((await AskAsync("what's coming up with Jordan?", "en-GB", 1))[0]);

        Assert.Contains("Planned contacts with Jordan", card, StringComparison.Ordinal);
        Assert.Contains(subject, card, StringComparison.Ordinal);
        Assert.DoesNotContain(past, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planned_InFrench_AVenir_ListsThePlannedContactsAhead()
    {
        var subject = "Mission prévue " + Guid.NewGuid().ToString("N")[..8];
        await LogAsync("unhcr", subject, TestClock.Now.AddDays(12));

        var card = CardOf((await AskAsync("contacts à venir avec le HCR ?", "fr-FR", 1))[0]);

        Assert.Contains("Contacts prévus avec Haut-Commissariat des Nations unies pour les réfugiés", card, StringComparison.Ordinal);
        Assert.Contains(subject, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("upcoming contacts in the neighbourhood portfolio", "en-GB", "Planned contacts: Neighbourhood")]
    [InlineData("contacts prévus dans le voisinage ?", "fr-FR", "Contacts prévus : Voisinage")]
    public async Task Planned_InAPortfolio_ListsItsPartnersPlannedContacts_AndNoOthers(string text, string locale, string title)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await LogAsync("lebanon", "Lebanon ahead " + tag, TestClock.Now.AddDays(9));
        await LogAsync("ilo", "ILO ahead " + tag, TestClock.Now.AddDays(9));

        var card = CardOf((await AskAsync(text, locale, 1))[0]);

        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains("Lebanon ahead " + tag, card, StringComparison.Ordinal);
        Assert.DoesNotContain("ILO ahead " + tag, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planned_WithTheUn_IncludesItsAgencies_EachNamed()
    {
        var subject = "Agency ahead " + Guid.NewGuid().ToString("N")[..8];
        await LogAsync("unicef", subject, TestClock.Now.AddDays(11));

        var card = CardOf((await AskAsync("what's coming up with the United Nations?", "en-GB", 1))[0]);

        Assert.Contains(subject, card, StringComparison.Ordinal);
        Assert.Contains("United Nations Children's Fund", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where do we stand with Narnia? [click](https://evil.example)", "en-GB", "I found no partner in \"where do we stand with Narnia? ")]
    [InlineData("on en est où avec Narnia ?", "fr-FR", "Je n'ai trouvé aucun partenaire dans « on en est où avec Narnia ? ».")]
    public async Task NoPartner_SaysWhatWasUnderstood_WithTheUserTextEscaped(string text, string locale, string expected)
    {
        var replies = await AskAsync(text, locale, 1);

        Assert.StartsWith(expected, replies[0].Text, StringComparison.Ordinal);
        // The user's link is shown as text: no unescaped "[…](" is left for Teams' markdown to make live.
        Assert.DoesNotMatch(@"(?<!\\)\[[^\]]*(?<!\\)\]\(", replies[0].Text);
    }

    [Fact]
    public async Task NoPartner_WordsCloseToPartners_OfferThemAsButtons()
    {
        var replies = await AskAsync("who met Narnia or Kazakstn?", "en-GB", 2);

        Assert.StartsWith("I found no partner in", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("\"partnerId\":\"kazakhstan\"", CardOf(replies[1]), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<RecordedRequest>> AskAsync(string text, string locale, int replies)
    {
        bot.Connector.Members.Add(new FakeMember(bot.User.Id, bot.User.Name, "eva.schmidt@coe.int", bot.User.AadObjectId));
        var message = bot.NewMessage(text);
        message.Locale = locale;

        var response = await bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await bot.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == message.Conversation.Id, replies);
        Assert.Equal(replies, sent.Count);
        return sent;
    }

    /// <summary>The card's texts as the user reads them, markdown escapes removed, and its buttons' data.</summary>
    private static string CardOf(RecordedRequest reply)
    {
        var content = reply.Json?["attachments"]?[0]?["content"];
        var texts = Descendants(content).OfType<JsonObject>().Select(o => o["text"]).OfType<JsonValue>().Select(v => v.ToString());
        var data = Descendants(content).OfType<JsonObject>().Select(o => o["data"]).OfType<JsonObject>().Select(d => d.ToJsonString());
        return Regex.Replace(string.Join("\n", texts.Concat(data)), @"\\([^\\])", "$1");
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Descendants(p.Value))],
        JsonArray a => [a, .. a.SelectMany(Descendants)],
        null => [],
        _ => [node],
    };

    private async Task LogAsync(string partnerId, string subject, DateTimeOffset start) =>
        await bot.Services.GetRequiredService<ContactService>().LogAsync(new ContactDraft
        {
            Kind = ContactKind.Meeting,
            Start = start,
            PartnerIds = [partnerId],
            Subject = subject,
            Source = ContactSource.Api,
            CoeParticipants = [new CoeParticipant("Jan Novak", "jan.novak@coe.int", "DG I")],
        }, new UserContext("00000000-0000-0000-0000-00000000a0a2", "Jan Novak", "jan.novak@coe.int", new HashSet<Role> { Role.Staff }));
}
