using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dre.Bot.Cards;
using Dre.Core.Contacts;
using Dre.Core.Identity;
using Dre.Core.Localization;
using Dre.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Teams;

/// <summary>
/// The log-a-contact form as Teams uses it, through the real /api/messages: the card declares 1.5, Teams' typeahead asks
/// the bot for partners with an application/search invoke, and the chosen partner comes back in the form's submit.
/// </summary>
public sealed class ContactFormEndpointTests(BotEndpointFixture bot) : IClassFixture<BotEndpointFixture>
{
    [Theory]
    [InlineData("log a contact", "en-GB", "Kyrgyz", "Kyrgyzstan", "Contact logged")]
    [InlineData("enregistrer un contact", "fr-FR", "Kirghiz", "Kirghizstan", "Contact enregistré")]
    public async Task Form_TypeaheadSearchThenSubmit_LogsTheContactWithTheChosenPartner(string command, string locale, string typed, string shownName, string confirmation)
    {
        bot.Connector.Members.Add(new FakeMember(bot.User.Id, bot.User.Name, "eva.schmidt@coe.int", bot.User.AadObjectId));
        var conversationId = "a:" + Guid.NewGuid().ToString("N");
        var ask = bot.NewMessage(command, conversationId);
        ask.Locale = locale;

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(ask)).StatusCode);
        var formActivity = (await bot.Connector.WaitForAsync(r => r.IsActivity && r.ConversationId == conversationId && r.CardJson.Length > 0, 1))[0];
        var form = JsonNode.Parse(formActivity.CardJson)!.AsObject();
        Assert.Equal("1.5", form["version"]!.GetValue<string>());
        var picker = Inputs(form).Single(i => i["id"]!.GetValue<string>() == ContactFormCard.PartnerInput);
        Assert.Equal(ContactFormCard.PartnersDataset, picker["choices.data"]!["dataset"]!.GetValue<string>());

        var search = bot.NewMessage("", conversationId);
        search.Type = ActivityTypes.Invoke;
        search.Name = "application/search";
        search.Locale = locale;
        search.Value = JObject.FromObject(new { queryText = typed, dataset = ContactFormCard.PartnersDataset, queryOptions = new { skip = 0, top = 15 } });
        using var searchResponse = await bot.PostActivityAsync(search);
        Assert.Equal(HttpStatusCode.OK, searchResponse.StatusCode);
        var results = JsonNode.Parse(await searchResponse.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.search.searchResponse", results["type"]!.GetValue<string>());
        var chosen = results["value"]!["results"]!.AsArray().First(r => r!["title"]!.GetValue<string>() == shownName)!;

        var subject = "Typeahead visit " + Guid.NewGuid().ToString("N")[..8];
        var submitData = JObject.Parse(FindSubmit(form).ToJsonString());
        submitData[ContactFormCard.PartnerInput] = chosen["value"]!.GetValue<string>();
        submitData[ContactFormCard.KindInput] = "meeting";
        submitData[ContactFormCard.DateInput] = ParisTime.Today(TestClock.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        submitData[ContactFormCard.TimeInput] = "10:30";
        submitData[ContactFormCard.SubjectInput] = subject;
        submitData[ContactFormCard.ConfidentialityInput] = "internal";
        var submit = bot.NewMessage("", conversationId);
        submit.Text = null;
        submit.Locale = locale;
        // Teams names the card the button was pressed on: the bot replaces that message with the confirmation.
        submit.ReplyToId = "1" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999);
        submit.Value = submitData;

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(submit)).StatusCode);
        await bot.Connector.WaitForAsync(r => (r.IsActivity || r.IsUpdate) && r.ConversationId == conversationId && r.CardJson.Contains(confirmation, StringComparison.Ordinal), 1);
        var reader = new UserContext(bot.User.AadObjectId, bot.User.Name, "eva.schmidt@coe.int", new HashSet<Role> { Role.Staff });
        var logged = await bot.Services.GetRequiredService<ContactService>().ListAsync("kyrgyzstan", null, null, reader);
        Assert.Single(logged, c => c.Subject == subject);
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o => [.. (o["id"] is not null && o["type"]?.GetValue<string>() is { } t && t.StartsWith("Input.", StringComparison.Ordinal) ? [o] : Array.Empty<JsonObject>()), .. o.Select(p => p.Value).SelectMany(Inputs)],
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    private static JsonObject FindSubmit(JsonObject form) =>
        form["actions"]!.AsArray().Select(a => a!.AsObject()).Single(a => a["type"]!.GetValue<string>() == "Action.Submit")["data"]!.AsObject();
}
