using Xunit.Abstractions;
using Dre.Bot.Conversations;
using Dre.Core.Partners;
using Dre.Testing;

namespace Dre.Bot.Tests.Conversations;

public sealed class IntentPhrasingTests(ITestOutputHelper output)
{
    private static readonly PartnerSnapshot Directory = new(PartnerDirectorySeed.Load(), TestClock.Now);

    public static TheoryData<string, IntentKind, string> Table()
    {
        var data = new TheoryData<string, IntentKind, string>();
        foreach (var (text, kind, partner) in IntentPhrasingTable.Rows())
        {
            data.Add(text, kind, partner);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Recognize_HowStaffAsk_FindsIntentAndPartner(string text, IntentKind kind, string partner)
    {
        var intent = IntentRecognizer.Recognize(text, TestClock.Now, Directory.Mentions);

        Assert.Equal((kind, partner), (intent.Kind, ResolvedId(intent)));
    }

    [Fact]
    public void Recognize_Table_PartnerFirstRecognizesMoreThanPhrasesAlone()
    {
        var rows = IntentPhrasingTable.Rows().ToList();
        var before = rows.Count(r => Recognized(IntentRecognizer.Recognize(r.Text, TestClock.Now), r.Kind, r.Partner));
        var after = rows.Count(r => Recognized(IntentRecognizer.Recognize(r.Text, TestClock.Now, Directory.Mentions), r.Kind, r.Partner));

        output.WriteLine($"phrasings: {rows.Count}; recognized by phrases alone: {before} ({100.0 * before / rows.Count:F1} %); partner first: {after} ({100.0 * after / rows.Count:F1} %)");
        Assert.True(rows.Count >= 200);
        Assert.Equal(rows.Count, after);
        Assert.True(before < after);
    }

    [Theory]
    [InlineData("route EU here", IntentKind.RouteHere)]
    [InlineData("my follow ups", IntentKind.MyFollowUps)]
    [InlineData("hello", IntentKind.Help)]
    [InlineData("log a contact with the OSCE", IntentKind.LogContact)]
    public void Recognize_CommandsNamingAPartner_KeepTheirIntent(string text, IntentKind kind) =>
        Assert.Equal(kind, IntentRecognizer.Recognize(text, TestClock.Now, Directory.Mentions).Kind);

    // Before, an Unknown intent whose words resolved to the partner was answered with its status.
    private static bool Recognized(Intent intent, IntentKind kind, string partner) =>
        (intent.Kind == kind || (kind == IntentKind.Status && intent.Kind == IntentKind.Unknown)) && ResolvedId(intent) == partner;

    private static string? ResolvedId(Intent intent)
    {
        var resolution = intent.PartnerQuery is { } query ? Directory.Resolver.Resolve(query) : PartnerResolution.None;
        return resolution.Kind == PartnerResolutionKind.Match ? resolution.Candidates[0].Partner.Id : null;
    }
}
