using Dre.Testing;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static Dre.Bot.Tests.Imports.ImportRequests;

namespace Dre.Bot.Tests.Imports;

/// <summary>POST /api/imports and GET /api/imports/{id}: who may, dry runs, rejected rows, and a file imported twice.</summary>
public sealed class ImportApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Staff_Get403_ForAFileAndForAReport()
    {
        var marker = Marker();

        var posted = await PostAsync(api.Staff, Calls(marker, 1));
        var accepted = await PostAsync(api.Officer, Calls(marker, 1));

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Staff.GetAsync(accepted.Headers.Location)).StatusCode);
        Assert.Equal(1, Count(await CompletedAsync(api.Officer, accepted.Headers.Location!), "imported"));
    }

    [Fact]
    public async Task ADryRun_ReportsWhatARunWouldDo_AndWritesNothing()
    {
        var marker = Marker();
        var file = Calls(marker, 3, "Tunisia") + "2026-01-05,call,Atlantis,Nowhere,,,,,\n";

        var dry = await PostAsync(api.Officer, file, "?dryRun=true");

        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        var report = (await dry.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(report["dryRun"]!.GetValue<bool>());
        Assert.Equal((4, 3, 0, 1), (Count(report, "rows"), Count(report, "imported"), Count(report, "merged"), Count(report, "rejected")));
        Assert.Equal(5, report["rejections"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(0, await StoredAsync(api.Officer, "tunisia", marker));
    }

    [Fact]
    public async Task RejectedRows_AreNamedByTheirLine_WithTheirReason_InEnglishAndFrench()
    {
        var marker = Marker();
        // Days of the last two months, whatever day the clock is pinned to; "01/13/2026" has no thirteenth month.
        string Day(int daysAgo) => TestClock.Now.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = new StringBuilder("objet;date;type;partenaire;résumé\n")
            .Append(marker).Append(CultureInfo.InvariantCulture, $" one;{Day(60)};réunion;Maroc;\"Two lines\nof summary\"\n")
            .Append(marker).Append(CultureInfo.InvariantCulture, $" two;{Day(59)};call;Atlantis;\n")
            .Append(marker).Append(" three;01/13/2026;call;Maroc;\n")
            .Append(CultureInfo.InvariantCulture, $";{Day(57)};call;Maroc;\n")
            .Append(marker).Append(CultureInfo.InvariantCulture, $" five;{Day(56)} 14:30;visit;diplomatie.ma;\n")
            .ToString();

        var accepted = await PostAsync(api.Officer, file);
        var english = await CompletedAsync(api.Officer, accepted.Headers.Location!, "en-GB");
        var french = await CompletedAsync(api.Officer, accepted.Headers.Location!, "fr-FR, en;q=0.5");

        Assert.Equal((5, 2, 3), (Count(english, "rows"), Count(english, "imported"), Count(english, "rejected")));
        var lines = english["rejections"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()).ToList();
        Assert.Equal([4, 5, 6], lines);
        Assert.Contains("Atlantis", english["rejections"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("No partner", english["rejections"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Aucun partenaire", french["rejections"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("objet", french["rejections"]![2]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, await StoredAsync(api.Officer, "morocco", marker));
    }

    [Fact]
    public async Task TheSameFileTwice_MergesIntoTheContactsOfTheFirst_WithoutDuplicates()
    {
        var marker = Marker();
        var file = Calls(marker, 4, "OSCE");

        var first = await CompletedAsync(api.Officer, (await PostAsync(api.Officer, file)).Headers.Location!);
        var second = await CompletedAsync(api.Officer, (await PostAsync(api.Officer, file)).Headers.Location!);
        var dry = await (await PostAsync(api.Officer, file, "?dryRun=true")).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal((4, 0), (Count(first, "imported"), Count(first, "merged")));
        Assert.Equal((0, 4), (Count(second, "imported"), Count(second, "merged")));
        Assert.Equal((0, 4), (Count(dry!, "imported"), Count(dry!, "merged")));
        Assert.Equal(4, await StoredAsync(api.Officer, "osce", marker));
        var listed = await api.Officer.GetFromJsonAsync<JsonArray>("/api/contacts?partner=osce&limit=500");
        var id = listed!.First(c => c!["subject"]!.GetValue<string>().Contains(marker, StringComparison.Ordinal))!["contactId"]!.GetValue<string>();
        var history = await api.Officer.GetFromJsonAsync<JsonArray>($"/api/contacts/{id}/history");
        Assert.Equal("import", history![0]!["origin"]!.GetValue<string>());
    }

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "not a text file" },
        { "latin-1", Encoding.Latin1.GetBytes(Header + "\n2026-10-01,réunion,Maroc,Déjeuner,,,,,\n"), "UTF-8" },
        { "utf-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\n")).ToArray(), "UTF-16" },
        { "unknown column", Encoding.UTF8.GetBytes("date,kind,partner,subject,budget\n2026-10-01,call,Morocco,Budget call,100\n"), "budget" },
        { "missing column", Encoding.UTF8.GetBytes("date,kind,subject\n2026-10-01,call,Budget call\n"), "partner" },
        { "far future", Encoding.UTF8.GetBytes(Header + "\n2026-10-01,call,Morocco,Soon,,,,,\n2030-01-01,call,Morocco,Later,,,,,\n"), "lines 3" },
        { "empty", [], "empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFile_IsRefusedWhole_WithA400NamingTheFile(string name, byte[] file, string said)
    {
        var response = await PostAsync(api.Officer, file);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, name);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains(said, problem["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(api.Officer, "morocco", "Soon"));
    }

    [Fact]
    public async Task AFileOverTheLimit_Gets413_BeforeAnythingIsRead()
    {
        var file = new byte[(8 * 1024 * 1024) + 1];
        Array.Fill(file, (byte)'a');

        var response = await PostAsync(api.Officer, file);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownJob_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await api.Officer.GetAsync("/api/imports/i" + Guid.NewGuid().ToString("N"))).StatusCode);
    }
}
