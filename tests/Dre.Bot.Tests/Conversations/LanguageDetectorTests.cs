using Dre.Core.Localization;
using Dre.Core.Partners;

namespace Dre.Bot.Tests.Conversations;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("fr-FR", "status Morocco", Language.French)]
    [InlineData("fr-CA", null, Language.French)]
    [InlineData("en-US", "où en est-on avec le Maroc ?", Language.French)]
    [InlineData("en-US", "statut UNHCR", Language.French)]
    [InlineData("en-US", "contacts de la semaine dernière", Language.French)]
    [InlineData("en-US", "mes suivis", Language.French)]
    [InlineData("en-US", "what's the status with the OSCE?", Language.English)]
    [InlineData(null, "Morocco", Language.English)]
    [InlineData("de-DE", "", Language.English)]
    public void Detect_LocaleFirstThenWords(string? locale, string? text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(locale, text));
}
