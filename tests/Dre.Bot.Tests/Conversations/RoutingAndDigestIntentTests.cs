using Dre.Bot.Conversations;
using Dre.Core.Digest;
using Dre.Core.Notifications;

namespace Dre.Bot.Tests.Conversations;

public sealed class RoutingAndDigestIntentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("route EU here", new[] { RouteTarget.Eu })]
    [InlineData("Route the European Union here please", new[] { RouteTarget.Eu })]
    [InlineData("envoyer ici le portefeuille OSCE", new[] { RouteTarget.Osce })]
    [InlineData("envoyez ici l'UE et l'OSCE", new[] { RouteTarget.Eu, RouteTarget.Osce })]
    [InlineData("post UN here", new[] { RouteTarget.Un })]
    [InlineData("publier ici les Nations unies", new[] { RouteTarget.Un })]
    [InlineData("route observer states here", new[] { RouteTarget.ObserverStates })]
    [InlineData("envoyer ici le voisinage", new[] { RouteTarget.Neighbourhood })]
    [InlineData("route other organisations here", new[] { RouteTarget.OtherOrganisations })]
    [InlineData("envoyer ici les initiatives sous-régionales", new[] { RouteTarget.SubRegional })]
    [InlineData("route digest here", new[] { RouteTarget.Managers })]
    [InlineData("envoyer ici le résumé de la direction", new[] { RouteTarget.Managers })]
    public void Recognize_RouteHere_NamesThePortfolios(string text, RouteTarget[] targets)
    {
        var intent = IntentRecognizer.Recognize(text, Now);

        Assert.Equal(IntentKind.RouteHere, intent.Kind);
        Assert.Equal(targets, intent.Targets);
    }

    [Fact]
    public void Recognize_RouteHereWithoutAPortfolio_AsksWhichOne()
    {
        var intent = IntentRecognizer.Recognize("route here", Now);

        Assert.Equal(IntentKind.RouteHere, intent.Kind);
        Assert.Empty(intent.Targets!);
    }

    [Theory]
    [InlineData("subscribe to the digest", DigestFrequency.Weekly)]
    [InlineData("m'abonner au résumé", DigestFrequency.Weekly)]
    [InlineData("daily", DigestFrequency.Daily)]
    [InlineData("weekly", DigestFrequency.Weekly)]
    [InlineData("s'abonner au résumé quotidien", DigestFrequency.Daily)]
    [InlineData("hebdomadaire", DigestFrequency.Weekly)]
    public void Recognize_Subscriptions_CarryTheFrequency(string text, DigestFrequency frequency)
    {
        var intent = IntentRecognizer.Recognize(text, Now);

        Assert.Equal(IntentKind.Subscribe, intent.Kind);
        Assert.Equal(frequency, intent.Frequency);
    }

    [Theory]
    [InlineData("unsubscribe", IntentKind.Unsubscribe)]
    [InlineData("me désabonner du résumé", IntentKind.Unsubscribe)]
    [InlineData("digest preview", IntentKind.DigestPreview)]
    [InlineData("aperçu du résumé", IntentKind.DigestPreview)]
    [InlineData("settings", IntentKind.Settings)]
    [InlineData("paramètres", IntentKind.Settings)]
    public void Recognize_DigestAndSettingsCommands(string text, IntentKind kind) =>
        Assert.Equal(kind, IntentRecognizer.Recognize(text, Now).Kind);

    [Theory]
    [InlineData("status of the EU")]
    [InlineData("contacts with the OSCE last week")]
    [InlineData("log a contact with the UN")]
    public void Recognize_OrdinaryQuestionsAboutPortfolios_AreNotRoutingCommands(string text) =>
        Assert.NotEqual(IntentKind.RouteHere, IntentRecognizer.Recognize(text, Now).Kind);
}
