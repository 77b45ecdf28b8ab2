using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dre.Testing;
using MiniExcelLibs;
using static Dre.Bot.Tests.Imports.ImportRequests;

namespace Dre.Bot.Tests.Imports;

/// <summary>GET /api/exports: what a caller may see, in the import's columns and the caller's language, safe to open in a spreadsheet.</summary>
public sealed class ExportApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ARestrictedContact_IsExportedToItsAudienceAndOfficers_NeverToOtherStaff()
    {
        var draft = Drafts.Call("japan", confidentiality: "restricted");
        var marker = Marker();
        draft["subject"] = marker + " restricted call";
        Assert.Equal(HttpStatusCode.Created, (await api.Staff.PostAsJsonAsync("/api/contacts", draft)).StatusCode);

        var other = await api.OtherStaff.GetStringAsync("/api/exports?partner=japan");
        var own = await api.Staff.GetStringAsync("/api/exports?partner=japan");
        var officer = await api.Officer.GetStringAsync("/api/exports?portfolio=observerStates&format=csv");

        Assert.DoesNotContain(marker, other, StringComparison.Ordinal);
        Assert.StartsWith(Header, other.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(marker, own, StringComparison.Ordinal);
        Assert.Contains(marker, officer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CellsASpreadsheetWouldRunAsFormulas_AreQuoted_InCsvAndXlsx()
    {
        var draft = Drafts.Call("chile");
        var marker = Marker();
        draft["subject"] = "=HYPERLINK(\"http://evil.example\",\"" + marker + "\")";
        draft["summary"] = "@SUM(A1:A9) " + marker;
        await api.Staff.PostAsJsonAsync("/api/contacts", draft);

        var csv = await api.Staff.GetStringAsync("/api/exports?partner=chile");
        var xlsx = await api.Staff.GetAsync("/api/exports?partner=chile&format=xlsx");

        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1:A9) " + marker, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = (await new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()).QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        var row = rows.Single(r => r["subject"]?.ToString()?.Contains(marker, StringComparison.Ordinal) == true);
        Assert.StartsWith("'=HYPERLINK(", row["subject"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_AreInTheCallersLanguage_AndFrenchFilesUseSemicolons()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/exports?partner=canada");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var french = await (await api.Staff.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.StartsWith("date;type;partenaire;objet;résumé;participants_coe;participants_partenaire;confidentialité;suivis", french.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadQueries_Get400NamingTheField()
    {
        foreach (var (query, field) in new[] { ("format=pdf", "format"), ("portfolio=mars", "portfolio"), ("partner=atlantis", "partner"), ("from=2026-01-01&to=2025-01-01", "from"), ("from=2020-01-01&to=2026-01-01", "from") })
        {
            var response = await api.Staff.GetAsync("/api/exports?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnExport_ImportedIntoAFreshStore_GivesTheSameContacts()
    {
        var marker = Marker();
        foreach (var i in Enumerable.Range(0, 3))
        {
            var draft = Drafts.Call("holy-see", TestClock.Now.AddDays(-3 - i));
            draft["subject"] = $"{marker} round trip {i}; with \"quotes\", commas";
            draft["summary"] = "Line one\nline two, with a comma";
            draft["coeParticipants"] = new[] { new { name = "Eva Schmidt", email = "eva.schmidt@coe.int", mae = (string?)"DG I" }, new { name = "Jan Novak", email = "jan.novak@coe.int", mae = (string?)null } };
            draft["partnerParticipants"] = new[] { new { name = "Mgr Rossi", email = "rossi@vatican.va" } };
            var due = DateOnly.FromDateTime(TestClock.Now.UtcDateTime.AddDays(7));
            draft["followUps"] = new[]
            {
                new { text = "Send the minutes", owner = "eva.schmidt@coe.int", due },
                new { text = @"Answer A|B on the <draft> [v2], see C:\notes", owner = "jan.novak@coe.int", due },
            };
            await api.Staff.PostAsJsonAsync("/api/contacts", draft);
        }

        var exported = await api.Officer.GetByteArrayAsync("/api/exports?partner=holy-see");
        await using var fresh = new DreApiFactory();
        var officer = await fresh.ClientForAsync("anne.dupont@coe.int", "officer");
        var report = await CompletedAsync(officer, (await PostAsync(officer, exported)).Headers.Location!);
        var again = await officer.GetByteArrayAsync("/api/exports?partner=holy-see");

        Assert.Equal((0, 3), (Count(report, "rejected"), Count(report, "imported")));
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        Assert.Contains(marker + " round trip 2", Encoding.UTF8.GetString(again), StringComparison.Ordinal);
        var listed = await officer.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/contacts?partner=holy-see");
        var id = listed!.Select(c => c!["contactId"]!.GetValue<string>()).First();
        var contact = await officer.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/contacts/" + id);
        Assert.Contains(@"Answer A|B on the <draft> [v2], see C:\notes", contact!["followUps"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()));
    }
}
