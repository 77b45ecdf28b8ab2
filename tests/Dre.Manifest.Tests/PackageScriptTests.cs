using System.IO.Compression;

namespace Dre.Manifest.Tests;

public sealed class PackageScriptTests
{
    [Fact]
    public async Task MissingValue_FailsNamingIt()
    {
        var result = await Tool.RunAsync("bash", "manifest/package.sh", "--host", AppPackage.Host, "--bot-app-id", AppPackage.BotAppId, "--out", Path.GetTempPath());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("API client id", result.Error, StringComparison.Ordinal);
        Assert.Contains("app id (--app-id or APP_ID) is missing", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bot-app-id", "not-a-guid", "is not a GUID")]
    [InlineData("--host", "https://dre.example.org/", "is not a host name")]
    public async Task MalformedValue_IsRefused(string option, string value, string message)
    {
        var arguments = SampleArguments(Path.GetTempPath());
        arguments[arguments.IndexOf(option) + 1] = value;

        var result = await Tool.RunAsync("bash", ["manifest/package.sh", .. arguments], new Dictionary<string, string>());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeploymentOutputs_FillTheHostAndIds()
    {
        var folder = Directory.CreateTempSubdirectory("dre-outputs-").FullName;
        try
        {
            var outputs = Path.Combine(folder, "outputs.json");
            File.WriteAllText(outputs, $$"""
                {"serviceHostName": {"type": "String", "value": "app-from-outputs.azurewebsites.net"},
                 "botAppId": {"type": "String", "value": "{{AppPackage.BotAppId}}"},
                 "apiClientId": {"type": "String", "value": "{{AppPackage.ApiClientId}}"} }
                """);

            var result = await Tool.RunAsync("bash", ["manifest/package.sh", "--env", "prod", "--outputs", outputs, "--out", folder],
                new Dictionary<string, string> { ["APP_ID"] = AppPackage.AppId, ["APP_VERSION"] = "2.0.0" });

            Assert.True(result.ExitCode == 0, result.Error);
            using var zip = ZipFile.OpenRead(Path.Combine(folder, "dre-collab-prod.zip"));
            Assert.Equal(["color.png", "fr-FR.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var manifest = await reader.ReadToEndAsync();
            Assert.Contains("\"app-from-outputs.azurewebsites.net\"", manifest, StringComparison.Ordinal);
            Assert.Contains($"\"botId\": \"{AppPackage.BotAppId}\"", manifest, StringComparison.Ordinal);
            Assert.Contains("api://app-from-outputs.azurewebsites.net/" + AppPackage.ApiClientId, File.ReadAllText(Path.Combine(folder, "dre-collab-prod-outlook-addin.xml")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> SampleArguments(string folder) =>
    [
        "--env", "test", "--host", AppPackage.Host, "--bot-app-id", AppPackage.BotAppId, "--api-client-id", AppPackage.ApiClientId,
        "--app-id", AppPackage.AppId, "--version", AppPackage.Version, "--out", folder,
    ];
}
