using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Bot.Tests.Imports;

/// <summary>Import files as officers prepare them, and the calls that send them and wait for their jobs.</summary>
public static class ImportRequests
{
    public const string Header = "date,kind,partner,subject,summary,coe_participants,partner_participants,confidentiality,follow_ups";

    /// <summary>A file of <paramref name="rows"/> calls with one partner, subjects carrying <paramref name="marker"/>, a day apart before the test clock.</summary>
    public static string Calls(string marker, int rows, string partner = "Morocco")
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var date = TestClock.Now.AddDays(-1 - i).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{date},call,{partner},{marker} call {i},Summary {i},Eva Schmidt <eva.schmidt@coe.int> [DG I],,internal,\n");
        }

        return text.ToString();
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string csv, string query = "", string? language = null) =>
        PostAsync(client, Encoding.UTF8.GetBytes(csv), query, language);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, string query = "", string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports" + query) { Content = new ByteArrayContent(file) };
        request.Content.Headers.ContentType = new("text/csv");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return client.SendAsync(request);
    }

    /// <summary>The job's report once it is completed.</summary>
    public static async Task<JsonObject> CompletedAsync(HttpClient client, Uri location, string? language = null)
    {
        // A bound on the wait, by elapsed time only: no date is asserted.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, location);
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            var report = (await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!;
            if (report["state"]!.GetValue<string>() == "completed")
            {
                return report;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(120), $"The import did not complete: {report.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    public static int Count(JsonObject report, string name) => report[name]!.GetValue<int>();

    /// <summary>How many of a partner's contacts, as an officer lists them, have a subject with the marker.</summary>
    public static async Task<int> StoredAsync(HttpClient officer, string partnerId, string marker)
    {
        var contacts = await officer.GetFromJsonAsync<JsonArray>($"/api/contacts?partner={partnerId}&limit=500");
        var subjects = contacts!.Select(c => c!["subject"]!.GetValue<string>()).Where(s => s.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Equal(subjects.Count, subjects.Distinct(StringComparer.Ordinal).Count());
        return subjects.Count;
    }

    public static string Marker() => "M" + Guid.NewGuid().ToString("N")[..10];
}
