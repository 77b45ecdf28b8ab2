using Dre.Core.Localization;
using Dre.Testing;
using System.Globalization;
using Dre.Bot.Cards;
using Dre.Bot.Conversations;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

[Collection(BotCollection.Name)]
public sealed class ContactConversationTests(BotFixture bot)
{
    private static DateOnly Today => ParisTime.Today(TestClock.Now);

    [Fact]
    public async Task Contacts_WithPartnerThisMonth_ListsThem()
    {
        await bot.LogAsync(BotFixture.Eva, "eu", "EU–CoE senior officials meeting", ParisTime.At(new DateOnly(Today.Year, Today.Month, 1), new TimeOnly(9, 0)));

        var turn = await bot.Conversation(BotFixture.Jan).SayAsync("contacts with the EU this month");

        Assert.Equal("Contacts with European Union", Turn.Heading(turn.Card));
        Assert.Contains("senior officials meeting", turn.Card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_LastWeekInFrench_ListsThemInFrench()
    {
        var lastWeekWednesday = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7) - 5);
        await bot.LogAsync(BotFixture.Eva, "lebanon", "Réunion avec l'ambassade du Liban", ParisTime.At(lastWeekWednesday, new TimeOnly(15, 0)));

        var turn = await bot.Conversation(BotFixture.Jan).SayAsync("contacts de la semaine dernière");

        Assert.Equal("Contacts", Turn.Heading(turn.Card));
        Assert.Contains("Réunion avec l'ambassade du Liban", turn.Card.ToString(), StringComparison.Ordinal);
        Assert.Contains("Du ", turn.Card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_SinceADate_StartsThatDay()
    {
        var since = Today.AddDays(-10);
        await bot.LogAsync(BotFixture.Eva, "uzbekistan", "Inside the period", ParisTime.At(since, new TimeOnly(8, 0)));
        await bot.LogAsync(BotFixture.Eva, "uzbekistan", "Before the period", ParisTime.At(since.AddDays(-1), new TimeOnly(20, 0)));

        var turn = await bot.Conversation(BotFixture.Jan).SayAsync("contacts with Uzbekistan since " + since.ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB")));

        Assert.Contains("Inside the period", turn.Card.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Before the period", turn.Card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogContact_FormSubmitted_LogsOnce_ReplacesTheForm_AndRefusesASecondSubmit()
    {
        var conversation = bot.Conversation(BotFixture.Eva);
        var form = (await conversation.SayAsync("log a contact")).Card;
        Assert.Equal("1.5", form.Value<string>("version"));
        var submit = Filled(Turn.Buttons(form, BotAction.SubmitContact).Single(), "kazakhstan", "Visit of the deputy minister");

        var first = await conversation.SubmitAsync(submit);
        var second = await conversation.SubmitAsync(submit);

        Assert.Contains("Contact logged", Assert.Single(first.UpdatedCards).ToString(), StringComparison.Ordinal);
        Assert.Contains("This form was already submitted; the contact is logged once.", second.Texts);
        var logged = await bot.Contacts.ListAsync("kazakhstan", null, null, BotFixture.ContextOf(BotFixture.Eva));
        var contact = await bot.Contacts.GetAsync(Assert.Single(logged).ContactId, BotFixture.ContextOf(BotFixture.Eva));
        Assert.Equal("Visit of the deputy minister", contact.Subject);
        Assert.Equal(Dre.Core.Contacts.ContactSource.Teams, contact.Source);
        Assert.Equal("DG I", Assert.Single(contact.CoeParticipants).Mae);
        Assert.Equal("eva.schmidt@coe.int", Assert.Single(contact.FollowUps).Owner);
        Assert.Equal(new TimeOnly(10, 30), TimeOnly.FromDateTime(ParisTime.ToParis(contact.Start).DateTime));
    }

    [Fact]
    public async Task LogContact_InvalidInput_ResendsFormWithValuesKeptAndErrorsNextToFields()
    {
        var conversation = bot.Conversation(BotFixture.Eva);
        var form = (await conversation.SayAsync("log a contact")).Card;
        var submit = Filled(Turn.Buttons(form, BotAction.SubmitContact).Single(), "tajikistan", "");
        submit[ContactFormCard.SummaryInput] = "Kept summary text";
        submit[ContactFormCard.DateInput] = "31/12/2026";

        var refused = await conversation.SubmitAsync(submit);

        var again = Assert.Single(refused.UpdatedCards);
        Assert.Contains("Please correct the fields marked below.", again.ToString(), StringComparison.Ordinal);
        Assert.Contains("Give a date as yyyy-mm-dd.", again.ToString(), StringComparison.Ordinal);
        Assert.Contains("Kept summary text", again.ToString(), StringComparison.Ordinal);

        submit[ContactFormCard.DateInput] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var serviceRefused = await conversation.SubmitAsync(submit);
        Assert.Contains("subject is required", Assert.Single(serviceRefused.UpdatedCards).ToString(), StringComparison.Ordinal);

        submit[ContactFormCard.SubjectInput] = "Corrected subject";
        var accepted = await conversation.SubmitAsync(submit);
        Assert.Contains("Contact logged", Assert.Single(accepted.UpdatedCards).ToString(), StringComparison.Ordinal);
        Assert.Single(await bot.Contacts.ListAsync("tajikistan", null, null, BotFixture.ContextOf(BotFixture.Eva)));
    }

    [Fact]
    public async Task LogContact_InFrenchWithPartner_SendsFrenchFormWithPartnerChosen()
    {
        var form = (await bot.Conversation(BotFixture.Jan).SayAsync("nouveau contact avec la Tunisie")).Card;

        Assert.Equal("Enregistrer un contact", Turn.Heading(form));
        var picker = form.Descendants().OfType<JObject>().Single(o => o.Value<string>("id") == ContactFormCard.PartnerInput);
        Assert.Equal("tunisia", picker.Value<string>("value"));
        Assert.Equal("partners", picker["choices.data"]!.Value<string>("dataset"));
    }

    [Fact]
    public async Task PartnerSearchInvoke_TypedText_ReturnsMatchingPartners()
    {
        var conversation = bot.Conversation(BotFixture.Jan);
        var invoke = conversation.Activity(Microsoft.Bot.Schema.ActivityTypes.Invoke);
        invoke.Name = "application/search";
        invoke.Value = JObject.FromObject(new { queryText = "tunis", dataset = "partners", queryOptions = new { skip = 0, top = 15 } });

        var turn = await conversation.SendAsync(invoke);

        var body = JObject.FromObject(turn.InvokeResponse!.Body);
        Assert.Equal(200, turn.InvokeResponse.Status);
        Assert.Equal("application/vnd.microsoft.search.searchResponse", body.Value<string>("type"));
        Assert.Contains(body["value"]!["results"]!, r => r.Value<string>("value") == "tunisia");
    }

    [Fact]
    public async Task MessageExtension_SearchPartner_ReturnsStatusCardsWithPreviewsWithinFiveSeconds()
    {
        var conversation = bot.Conversation(BotFixture.Jan);
        var invoke = conversation.Activity(Microsoft.Bot.Schema.ActivityTypes.Invoke);
        invoke.Name = "composeExtension/query";
        invoke.Value = JObject.FromObject(new { commandId = PartnerSearch.CommandId, parameters = new[] { new { name = PartnerSearch.Parameter, value = "maroc" } } });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var turn = await conversation.SendAsync(invoke);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
        var response = JObject.FromObject(turn.InvokeResponse!.Body);
        var first = response["composeExtension"]!["attachments"]![0]!;
        Assert.Equal(AdaptiveCard.ContentType, first.Value<string>("contentType"));
        Assert.Equal("Morocco", Turn.Heading((JObject)first["content"]!));
        Assert.Equal("application/vnd.microsoft.card.thumbnail", first["preview"]!.Value<string>("contentType"));
    }

    /// <summary>The form's submit data with the inputs a user fills in, as Teams merges them into the data.</summary>
    private static JObject Filled(JObject submitData, string partnerId, string subject)
    {
        var data = (JObject)submitData.DeepClone();
        data[ContactFormCard.PartnerInput] = partnerId;
        data[ContactFormCard.KindInput] = "meeting";
        data[ContactFormCard.DateInput] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        data[ContactFormCard.TimeInput] = "10:30";
        data[ContactFormCard.SubjectInput] = subject;
        data[ContactFormCard.CoeInput] = "Eva Schmidt; eva.schmidt@coe.int; DG I";
        data[ContactFormCard.FollowUpsInput] = $"Send the report; eva.schmidt@coe.int; {Today.AddDays(20):yyyy-MM-dd}";
        data[ContactFormCard.ConfidentialityInput] = "internal";
        return data;
    }
}
