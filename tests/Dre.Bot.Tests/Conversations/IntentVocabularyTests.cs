using System.Text.Json.Nodes;
using Dre.Bot.Conversations;
using Dre.Core.Partners;
using Dre.Testing;

namespace Dre.Bot.Tests.Conversations;

/// <summary>intents.json, which maintainers extend by hand: the embedded file is valid, and a broken one is refused by name.</summary>
public sealed class IntentVocabularyTests
{
    private static string SourceFile => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Dre.Bot", "Conversations", "intents.json"));

    [Fact]
    public void Embedded_IsValid_AndIsTheSourceFile()
    {
        var embedded = IntentVocabulary.Default;

        Assert.Equal(embedded.Words, IntentVocabulary.Parse(SourceFile).Words);
        Assert.Contains(["coming", "up"], embedded[IntentVocabulary.Planned]);
        Assert.Contains(["qui", "a", "rencontre"], embedded[IntentVocabulary.Contacts]);
    }

    [Fact]
    public void Phrases_AreNormalized_AndLongestFirst()
    {
        var status = IntentVocabulary.Default[IntentVocabulary.Status];

        Assert.Contains(["ou", "en", "est", "on"], status);
        Assert.True(Array.FindIndex(status, p => p.SequenceEqual(["status", "of"])) < Array.FindIndex(status, p => p.SequenceEqual(["status"])));
    }

    [Fact]
    public void VocabularyWords_ThatArePartnerCodes_AreCommonWords()
    {
        var vocabulary = IntentVocabulary.Default;
        var codes = PartnerDirectorySeed.Load()
            .SelectMany(p => new[] { p.Id, p.Name.En, p.Name.Fr }.Concat(p.Aliases))
            .Select(TextNormalizer.Normalize)
            .Where(k => k.Length > 0 && !k.Contains(' ', StringComparison.Ordinal));

        // Else "point" or "news" in a question would be read as a partner: it must be listed to need capitals.
        Assert.Empty(codes.Where(c => vocabulary.Words.Contains(c) && !vocabulary.Common.Contains(c)).Distinct());
    }

    [Theory]
    [InlineData("missing", "\"status\" is missing")]
    [InlineData("unknown", "\"statuss\" is not one the recognizer reads")]
    [InlineData("noFrench", "\"planned\" needs phrases in English (\"en\") and French (\"fr\")")]
    [InlineData("empty", "an empty or repeated phrase: \"?!\"")]
    [InlineData("shared", "\"news\" is in both status and contacts")]
    public void Parse_BrokenFile_IsRefusedNamingTheFault(string fault, string message)
    {
        var file = JsonNode.Parse(SourceFile)!.AsObject();
        var vocabularies = file["vocabularies"]!.AsObject();
        switch (fault)
        {
            case "missing":
                vocabularies.Remove("status");
                break;
            case "unknown":
                vocabularies["statuss"] = vocabularies["status"]!.DeepClone();
                break;
            case "noFrench":
                vocabularies["planned"]!.AsObject().Remove("fr");
                break;
            case "empty":
                vocabularies["help"]!["en"]!.AsArray().Add("?!");
                break;
            default:
                vocabularies["contacts"]!["en"]!.AsArray().Add("News");
                break;
        }

        var refused = Assert.Throws<InvalidDataException>(() => IntentVocabulary.Parse(file.ToJsonString()));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }
}
