using Dre.Testing;
using Dre.Bot.Cards;
using Newtonsoft.Json.Linq;

namespace Dre.Bot.Tests.Conversations;

[Collection(BotCollection.Name)]
public sealed class HostileInputTests(BotFixture bot)
{
    public static TheoryData<string> HostileTexts() =>
    [
        "",
        new string('a', 100_000),
        "status " + new string('x', 100_000),
        "[click](https://evil.example) **status** Morocco",
        "<script>alert(1)</script> status <b>Morocco</b>",
        "status \u0000\u0007Mor\u001bocco\u0008",
        "contacts since 45 Octember",
        "contacts since 31 February",
        "статус Марокко",
        "حالة المغرب",
        "?",
        "🙂🙂🙂",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task HostileText_GetsAPoliteAnswer_NeverAnError(string text)
    {
        var turn = await bot.Conversation(BotFixture.Jan).SayAsync(text);

        Assert.NotEmpty(turn.Messages);
        Assert.DoesNotContain(turn.Texts, t => t.Contains("went wrong", StringComparison.Ordinal) || t.Contains("Exception", StringComparison.Ordinal));
    }

    public static TheoryData<string> HostileSubmits() =>
    [
        """{"dreAction":"nope"}""",
        """{"dreAction":5}""",
        """{"dreAction":{"x":1}}""",
        """{"something":"else"}""",
        """{"dreAction":"submitContact"}""",
        """{"dreAction":"submitContact","formId":"f1","partner":["a"],"date":{"x":1},"subject":12}""",
        """{"dreAction":"completeFollowUp","contactId":"nope","followUpId":"nope"}""",
        """{"dreAction":"completeFollowUp"}""",
        """{"dreAction":"status","partnerId":"atlantis"}""",
        """{"dreAction":"status","partnerId":null}""",
        """{"dreAction":"updateStateOfPlay","partnerId":"morocco","version":"W/\"bogus\"","stateOfPlay":"x"}""",
        """{"dreAction":"contacts","partnerId":"morocco","from":"not a date","to":"2026-01-01"}""",
        """{"dreAction":"submitContact","formId":{"x":1}}""",
        """{"dreAction":"status","partnerId":"morocco","lang":["fr"]}""",
    ];

    [Theory]
    [MemberData(nameof(HostileSubmits))]
    public async Task HostileCardSubmit_GetsAPoliteAnswer_NeverAnError(string json)
    {
        var turn = await bot.Conversation(BotFixture.Jan).SubmitAsync(JObject.Parse(json));

        Assert.NotEmpty(turn.Messages.Concat(turn.Updates));
        Assert.DoesNotContain(turn.Texts, t => t.Contains("went wrong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MalformedMentionEntity_IsIgnored()
    {
        var conversation = bot.Conversation(BotFixture.Jan, conversationType: "channel");
        var message = conversation.Message("<at>DRE Collab</at> status Libya");
        message.Entities =
        [
            new Microsoft.Bot.Schema.Entity("mention") { Properties = new JObject { ["text"] = 42 } },
            new Microsoft.Bot.Schema.Entity("mention") { Properties = new JObject { ["mentioned"] = new JObject { ["id"] = new JArray() }, ["text"] = "x" } },
        ];

        var turn = await conversation.SendAsync(message);

        Assert.Equal("Libya", Turn.Heading(turn.Card));
    }

    [Fact]
    public async Task MarkdownInSubject_IsShownAsPlainText_InTheStatusCard()
    {
        await bot.LogAsync(BotFixture.Eva, "palestine", "[Phish](https://evil.example) <img src=x>", TestClock.Now.AddDays(-1));

        var status = (await bot.Conversation(BotFixture.Jan).SayAsync("status Palestine")).Card;
        var card = status.ToString();

        // The subject is in a text run, which no client reads as markdown or HTML; no markdown text block holds it.
        Assert.Contains(status.Descendants().OfType<JObject>(), o => o.Value<string>("type") == "TextRun" && o.Value<string>("text")!.Contains("[Phish](https://evil.example) <img src=x>", StringComparison.Ordinal));
        Assert.DoesNotContain(status.Descendants().OfType<JObject>(), o => o.Value<string>("type") == "TextBlock" && o.Value<string>("text")!.Contains("Phish", StringComparison.Ordinal));
        Assert.DoesNotContain(BotAction.Key + "\": \"nope", card, StringComparison.Ordinal);
    }
}
