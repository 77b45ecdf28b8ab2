using Dre.Core.Localization;
using Dre.Bot.Conversations;

namespace Dre.Bot.Tests.Conversations;

public sealed class IntentRecognizerTests
{
    // Friday 27 November 2026, 10:00 in Paris.
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("status Morocco", "Morocco")]
    [InlineData("what's the status with the OSCE?", "osce")]
    [InlineData("où en est-on avec le Maroc ?", "maroc")]
    [InlineData("statut UNHCR", "unhcr")]
    [InlineData("tell me about Tunisia", "tunisia")]
    [InlineData("statut du Marok", "marok")]
    public void Recognize_StatusPhrasings_NameThePartner(string text, string partner)
    {
        var intent = IntentRecognizer.Recognize(text, Now);

        Assert.Equal(IntentKind.Status, intent.Kind);
        Assert.Equal(partner, intent.PartnerQuery, ignoreCase: true);
    }

    [Fact]
    public void Recognize_BarePartnerName_IsLeftToTheResolver()
    {
        var intent = IntentRecognizer.Recognize("Marocco", Now);

        Assert.Equal(IntentKind.Unknown, intent.Kind);
        Assert.Equal("marocco", intent.PartnerQuery);
    }

    [Theory]
    [InlineData("contacts with the EU this month", "eu", "2026-11-01", "2026-11-28")]
    [InlineData("contacts de la semaine dernière", null, "2026-11-16", "2026-11-23")]
    [InlineData("contacts since 1 October", null, "2026-10-01", "2026-11-28")]
    [InlineData("contacts avec l'UE depuis le 1er octobre", "ue", "2026-10-01", "2026-11-28")]
    [InlineData("last week", null, "2026-11-16", "2026-11-23")]
    [InlineData("today", null, "2026-11-27", "2026-11-28")]
    [InlineData("ce mois-ci", null, "2026-11-01", "2026-11-28")]
    [InlineData("contacts since 2026-09-15", null, "2026-09-15", "2026-11-28")]
    [InlineData("contacts since 1 December", null, "2025-12-01", "2026-11-28")]
    public void Recognize_ContactsWithPeriod_GivesParisDays(string text, string? partner, string from, string to)
    {
        var intent = IntentRecognizer.Recognize(text, Now);

        Assert.Equal(IntentKind.Contacts, intent.Kind);
        Assert.Equal(partner, intent.PartnerQuery);
        Assert.Equal(ParisTime.StartOf(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)), intent.Period!.From);
        Assert.Equal(ParisTime.StartOf(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), intent.Period.To);
    }

    [Fact]
    public void Recognize_ThisMonth_StartsAtParisMidnight()
    {
        var intent = IntentRecognizer.Recognize("this month", Now);

        Assert.Equal(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), intent.Period!.From.ToUniversalTime());
    }

    [Theory]
    [InlineData("contacts since 31 February")]
    [InlineData("contacts depuis le 45 octobre")]
    public void Recognize_ImpossibleDate_IsReportedNotGuessed(string text)
    {
        var intent = IntentRecognizer.Recognize(text, Now);

        Assert.Equal(IntentKind.Contacts, intent.Kind);
        Assert.Null(intent.Period);
        Assert.True(intent.PeriodNotUnderstood);
    }

    [Theory]
    [InlineData("my follow-ups", IntentKind.MyFollowUps)]
    [InlineData("mes suivis", IntentKind.MyFollowUps)]
    [InlineData("overdue follow-ups", IntentKind.OverdueFollowUps)]
    [InlineData("suivis en retard", IntentKind.OverdueFollowUps)]
    [InlineData("log a contact", IntentKind.LogContact)]
    [InlineData("nouveau contact", IntentKind.LogContact)]
    [InlineData("help", IntentKind.Help)]
    [InlineData("aide", IntentKind.Help)]
    [InlineData("", IntentKind.Help)]
    [InlineData("   ", IntentKind.Help)]
    public void Recognize_Commands_InBothLanguages(string text, IntentKind kind) =>
        Assert.Equal(kind, IntentRecognizer.Recognize(text, Now).Kind);

    [Fact]
    public void Recognize_HugeText_ReadsOnlyItsStart()
    {
        var intent = IntentRecognizer.Recognize("status Morocco " + new string('x', 100_000), Now);

        Assert.Equal(IntentKind.Status, intent.Kind);
        Assert.True(intent.PartnerQuery!.Length <= IntentRecognizer.MaxReadLength);
    }

    [Fact]
    public void Recognize_StatusInsideAnotherWord_IsNotAKeyword() =>
        Assert.NotEqual(IntentKind.Status, IntentRecognizer.Recognize("statusquo", Now).Kind);
}
