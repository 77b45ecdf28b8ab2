using System.Text.Json;
using System.Text.Json.Nodes;
using Dre.Testing;

namespace Dre.Manifest.Tests;

/// <summary>The unified app manifest (bot, message extension, Outlook add-in) after package.sh has filled it.</summary>
public sealed class AppManifestTests(AppPackage package) : IClassFixture<AppPackage>
{
    private JsonNode Manifest => JsonNode.Parse(File.ReadAllText(Path.Combine(package.Unpacked, "manifest.json")))!;

    [Fact]
    public async Task Package_IsValidAgainstTheOfficialSchemas()
    {
        var errors = await SchemaErrorsAsync(package.Unpacked);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task SchemaCheck_BrokenManifest_ReportsTheError()
    {
        var broken = Directory.CreateTempSubdirectory("dre-broken-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(package.Unpacked))
            {
                File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
            }

            var manifest = Manifest.AsObject();
            manifest["bots"]![0]!.AsObject().Remove("botId");
            File.WriteAllText(Path.Combine(broken, "manifest.json"), manifest.ToJsonString());

            var errors = await SchemaErrorsAsync(broken);

            Assert.Contains(errors, e => e.Contains("botId", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Fact]
    public void ManifestVersion_IsTheLatestTheSchemaPackageShips()
    {
        var teams = Path.Combine(RepositoryRoot.Path, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");
        var latest = Directory.GetDirectories(teams, "v1.*")
            .Select(d => Version.Parse(Path.GetFileName(d)[1..]))
            .Max();

        Assert.Equal(latest!.ToString(), Manifest["manifestVersion"]!.GetValue<string>());
        Assert.NotNull(Manifest["bots"]);
        Assert.NotNull(Manifest["extensions"]);
    }

    [Fact]
    public void Package_HasTheSampleValuesFilledIn()
    {
        var manifest = Manifest;

        Assert.Equal(AppPackage.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppPackage.Version, manifest["version"]!.GetValue<string>());
        Assert.Equal(AppPackage.BotAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(AppPackage.BotAppId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(AppPackage.ApiClientId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{AppPackage.Host}/{AppPackage.ApiClientId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Contains(AppPackage.Host, manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal($"https://{AppPackage.Host}/addin/taskpane.html", manifest["extensions"]![0]!["runtimes"]![0]!["code"]!["page"]!.GetValue<string>());
        foreach (var file in Directory.GetFiles(package.Unpacked, "*.json"))
        {
            Assert.DoesNotContain("{{", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bot_ListsItsCommandsInEveryScope()
    {
        var bot = Manifest["bots"]![0]!;
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["help", "status <partner>", "contacts <partner>", "log", "my follow-ups", "overdue"], commands);
    }

    [Fact]
    public void PersonalTab_OpensTheWorkspaceOnTheServiceHost_InEnglishAndFrench()
    {
        var tab = Assert.Single(Manifest["staticTabs"]!.AsArray())!;
        var french = JsonNode.Parse(File.ReadAllText(Path.Combine(package.Unpacked, "fr-FR.json")))!.AsObject();

        Assert.Equal(["personal"], tab["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var contentUrl = new Uri(tab["contentUrl"]!.GetValue<string>());
        Assert.Equal("/app/", contentUrl.AbsolutePath);
        Assert.Contains(contentUrl.Host, Manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("Espace DRE", french["staticTabs[0].name"]!.GetValue<string>());
    }

    [Fact]
    public void ChannelTab_IsConfiguredOnTheTabsOwnPage_AndPinnedToAPortfolio()
    {
        var tab = Assert.Single(Manifest["configurableTabs"]!.AsArray())!;

        Assert.Equal(["team"], tab["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["channelTab"], tab["context"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.True(tab["canUpdateConfiguration"]!.GetValue<bool>(), "The portfolio can be changed after the tab is pinned.");
        var configurationUrl = new Uri(tab["configurationUrl"]!.GetValue<string>());
        Assert.Equal("/app/", configurationUrl.AbsolutePath);
        Assert.Equal("#/config", configurationUrl.Fragment);
        Assert.Contains(configurationUrl.Host, Manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void MessageExtension_IsTheSearchPartnerQueryWithAQueryParameter()
    {
        var command = Assert.Single(Manifest["composeExtensions"]![0]!["commands"]!.AsArray());

        Assert.Equal("searchPartner", command!["id"]!.GetValue<string>());
        Assert.Equal("query", command["type"]!.GetValue<string>());
        Assert.Equal("query", Assert.Single(command["parameters"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public void OutlookAddin_ShowsLogToDreOnReadMessagesAndMeetings()
    {
        var ribbon = Manifest["extensions"]![0]!["ribbons"]![0]!;
        var button = ribbon["tabs"]![0]!["groups"]![0]!["controls"]![0]!;

        Assert.Equal(["mailRead", "meetingDetailsAttendee", "meetingDetailsOrganizer"], ribbon["contexts"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("Log to DRE", button["label"]!.GetValue<string>());
        Assert.Equal([16, 32, 80], button["icons"]!.AsArray().Select(i => i!["size"]!.GetValue<int>()));
    }

    [Fact]
    public void French_TranslatesEveryUserFacingText()
    {
        var french = JsonNode.Parse(File.ReadAllText(Path.Combine(package.Unpacked, "fr-FR.json")))!.AsObject();

        Assert.Equal("Consigner à la DRE", french["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]!.GetValue<string>());
        for (var i = 0; i < 6; i++)
        {
            Assert.True(french.ContainsKey($"bots[0].commandLists[0].commands[{i}].description"), $"command {i} has no French description");
        }

        Assert.True(french.ContainsKey("composeExtensions[0].commands[0].parameters[0].title"));
        Assert.Equal("fr-fr", Manifest["localizationInfo"]!["additionalLanguages"]![0]!["languageTag"]!.GetValue<string>());
    }

    [Fact]
    public void Icons_AreAColour192AndATransparent32Outline()
    {
        var colour = Png.Read(Path.Combine(package.Unpacked, Manifest["icons"]!["color"]!.GetValue<string>()));
        var outline = Png.Read(Path.Combine(package.Unpacked, Manifest["icons"]!["outline"]!.GetValue<string>()));

        Assert.Equal((192, 192), (colour.Width, colour.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.HasTransparency, "the outline icon must have a transparent background");
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(80)]
    public void AddinIcons_HaveTheirSize(int size)
    {
        var icon = Png.Read(Path.Combine(AppPackage.ManifestTemplates, "assets", $"icon-{size}.png"));

        Assert.Equal((size, size), (icon.Width, icon.Height));
    }

    private static async Task<List<string>> SchemaErrorsAsync(string folder)
    {
        var result = await Tool.RunAsync("node", "tests/Dre.Manifest.Tests/scripts/validate-app-manifest.js", folder);
        Assert.True(result.ExitCode == 0, result.Error);
        using var report = JsonDocument.Parse(result.Output);
        return [.. report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)];
    }
}
