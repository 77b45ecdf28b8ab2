using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dre.Testing;

// Import throughput: one file of --rows rows (10,000 by default) sent to the service as a DRE officer, timed from the
// POST to the job's completion, on the local table store (Azurite) that the bench starts itself.
var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(10_000);
var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
var serviceDll = Path.Combine(RepositoryRoot.Path, "Dre.Service", "bin", configuration, "net10.0", "Dre.Service.dll");
if (!File.Exists(serviceDll))
{
    Console.Error.WriteLine($"Dre.Service.dll not found at {serviceDll}: build the solution in {configuration} first.");
    return 2;
}

Console.WriteLine($"Starting Azurite and the service ({configuration})...");
await using var service = await ServiceProcess.StartAsync(serviceDll, new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development",
    ["Storage__ConnectionString"] = AzuriteServer.Shared.ConnectionString,
    ["Storage__TablePrefix"] = AzuriteServer.NewPrefix(),
    ["Demo__SeedContacts"] = "false",
    ["Notifications__Enabled"] = "false",
    [TeamsTenant.Setting.Replace(":", "__", StringComparison.Ordinal)] = TeamsTenant.Id,
    ["Logging__LogLevel__Default"] = "Warning",
}, TimeSpan.FromSeconds(90));
using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
var token = await http.GetFromJsonAsync<JsonObject>("/dev/token?user=anne.dupont@coe.int&role=officer");
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["accessToken"]!.GetValue<string>());

string[] partners = ["Morocco", "Tunisia", "OSCE", "Japan", "Chile", "Canada", "Holy See", "UNHCR", "European Union", "Maroc"];
var file = new StringBuilder("date,kind,partner,subject,summary,coe_participants,partner_participants,confidentiality,follow_ups\n");
var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
for (var i = 0; i < rows; i++)
{
    var date = start.AddHours(-7 * i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    file.Append(CultureInfo.InvariantCulture, $"{date},meeting,{partners[i % partners.Length]},Historical meeting {i},Summary of meeting {i},Eva Schmidt <eva.schmidt@coe.int> [DG I],,internal,\n");
}

var clock = Stopwatch.StartNew();
using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(file.ToString()));
content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
var accepted = await http.PostAsync("/api/imports", content);
accepted.EnsureSuccessStatusCode();
var acceptedAfter = clock.Elapsed;
JsonObject report;
do
{
    await Task.Delay(250);
    report = (await http.GetFromJsonAsync<JsonObject>(accepted.Headers.Location))!;
}
while (report["state"]!.GetValue<string>() != "completed");

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"{rows} rows: accepted (stored) in {acceptedAfter.TotalSeconds:0.0} s, completed in {seconds:0.0} s: {rows / seconds:0} rows/s");
Console.WriteLine($"imported {report["imported"]}, merged {report["merged"]}, rejected {report["rejected"]}");
return 0;
