using Xunit.Abstractions;
using Dre.Bot.Conversations;
using Dre.Core.Partners;
using Dre.Testing;

namespace Dre.Bot.Tests.Conversations;

public sealed class IntentPhrasingTests(ITestOutputHelper output)
{
    private static readonly PartnerSnapshot Directory = new(PartnerDirectorySeed.Load(), TestClock.Now);

    // The table's combinations can make a phrasing also written one by one: each is one case.
    private static IEnumerable<(string Text, IntentKind Kind, string Partners)> AllRows() =>
        IntentPhrasingTable.Rows().Concat(IntentPhrasingRows.Rows).Distinct();

    public static TheoryData<string, IntentKind, string> Table()
    {
        var data = new TheoryData<string, IntentKind, string>();
        foreach (var (text, kind, partners) in AllRows())
        {
            data.Add(text, kind, partners);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Recognize_HowStaffAsk_FindsIntentAndPartner(string text, IntentKind kind, string partners)
    {
        var intent = IntentRecognizer.Recognize(text, TestClock.Now, Directory.Mentions);

        Assert.Equal((kind, partners), (intent.Kind, PartnersOf(intent)));
    }

    [Fact]
    public void Recognize_Table_ReportsTheShareRecognized()
    {
        var rows = AllRows().ToList();
        var failed = rows.Where(r => (IntentRecognizer.Recognize(r.Text, TestClock.Now, Directory.Mentions) is var intent)
            && (intent.Kind, PartnersOf(intent)) != (r.Kind, r.Partners)).ToList();
        var recognized = rows.Count - failed.Count;

        output.WriteLine($"phrasings: {rows.Count} ({IntentPhrasingRows.Rows.Length} written one by one); recognized: {recognized} ({100.0 * recognized / rows.Count:F1} %)");
        foreach (var row in failed)
        {
            output.WriteLine($"not recognized: {row.Text}");
        }

        Assert.True(rows.Count >= 200);
        Assert.Empty(failed);
    }

    [Theory]
    [InlineData("route EU here", IntentKind.RouteHere)]
    [InlineData("my follow ups", IntentKind.MyFollowUps)]
    [InlineData("hello", IntentKind.Help)]
    [InlineData("merci !", IntentKind.Help)]
    [InlineData("log a contact with the OSCE", IntentKind.LogContact)]
    public void Recognize_CommandsNamingAPartner_KeepTheirIntent(string text, IntentKind kind) =>
        Assert.Equal(kind, IntentRecognizer.Recognize(text, TestClock.Now, Directory.Mentions).Kind);

    [Theory]
    [InlineData("can you tell me about Tunisia", "tunisia")]
    [InlineData("tell us about the US", "united-states")]
    [InlineData("who met the WHO?", "who")]
    [InlineData("un point sur l'OSCE", "osce")]
    [InlineData("l'OMS, ça avance ?", "who")]
    public void Recognize_WordsThatAreAlsoCodes_NameAPartnerOnlyInCapitals(string text, string partners) =>
        Assert.Equal(partners, PartnersOf(IntentRecognizer.Recognize(text, TestClock.Now, Directory.Mentions)));

    /// <summary>The partners found in the message, or else the one the resolver is sure the rest of the message names.</summary>
    private static string PartnersOf(Intent intent)
    {
        if (intent.PartnerIds is { Count: > 0 } ids)
        {
            return string.Join('+', ids);
        }

        var resolution = intent.PartnerQuery is { } query ? Directory.Resolver.Resolve(query) : PartnerResolution.None;
        return resolution.Match?.Id ?? "";
    }
}
