using System.Text.Json;
using System.Xml.Linq;

namespace Dre.Manifest.Tests;

/// <summary>
/// Structural checks of the XML add-in manifest, filled by package.sh. No package ships the add-in XML schemas and the
/// official validator is a web service, so these check what the schema requires and what Outlook needs of us.
/// </summary>
public sealed class AddinXmlManifestTests(AppPackage package) : IClassFixture<AppPackage>
{
    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Overrides11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    /// <summary>OfficeApp's children in the order its schema sequence requires (optional ones may be absent).</summary>
    private static readonly string[] SchemaOrder =
    [
        "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
        "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting",
        "VersionOverrides",
    ];

    private XDocument Document => XDocument.Load(package.AddinXml);

    [Fact]
    public async Task OfficeAddinManifestReader_ReadsAMailAppWithItsIdAndReadItemPermission()
    {
        var result = await Tool.RunAsync("node", "tests/Dre.Manifest.Tests/scripts/read-addin-manifest.js", package.AddinXml);

        Assert.True(result.ExitCode == 0, result.Error);
        using var info = JsonDocument.Parse(result.Output);
        Assert.Equal("MailApp", info.RootElement.GetProperty("officeAppType").GetString());
        Assert.Equal(AppPackage.AppId, info.RootElement.GetProperty("id").GetString());
        Assert.Equal(AppPackage.Version, info.RootElement.GetProperty("version").GetString());
        Assert.Equal("ReadItem", info.RootElement.GetProperty("permissions").GetString());
        Assert.Equal(["Mailbox"], info.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public void OfficeApp_IsAMailAppWithItsChildrenInSchemaOrder()
    {
        var root = Document.Root!;
        var children = root.Elements().Select(e => e.Name.LocalName).ToList();

        Assert.Equal(Office + "OfficeApp", root.Name);
        Assert.Equal("MailApp", (string?)root.Attribute(Xsi + "type"));
        Assert.Equal(SchemaOrder.Where(children.Contains), children);
        Assert.True(Guid.TryParse(root.Element(Office + "Id")!.Value, out _));
    }

    [Fact]
    public void EveryUrl_IsHttpsOnTheServiceHost()
    {
        var urls = Document.Descendants()
            .SelectMany(e => e.Attributes("DefaultValue").Select(a => a.Value).Append(e.HasElements ? "" : e.Value))
            .Where(v => v.Contains("://", StringComparison.Ordinal) && !v.StartsWith("api://", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith($"https://{AppPackage.Host}", url, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryResourceId_IsDefinedInResources()
    {
        var document = Document;
        var defined = document.Descendants(Overrides11 + "Resources").Descendants().Attributes("id").Select(a => a.Value).ToHashSet();
        var referenced = document.Descendants().Attributes("resid").Select(a => a.Value).Distinct().ToList();

        Assert.NotEmpty(referenced);
        Assert.All(referenced, id => Assert.Contains(id, defined));
    }

    [Fact]
    public void LogButton_IsOnReadMessagesAndBothAppointmentSurfaces_OpeningTheTaskPane()
    {
        var document = Document;
        var surfaces = document.Descendants(Overrides11 + "ExtensionPoint")
            .Where(p => p.Descendants(Overrides11 + "Action").Any(a => (string?)a.Attribute(Xsi + "type") == "ShowTaskpane"))
            .Select(p => (string?)p.Attribute(Xsi + "type"));
        var taskpane = document.Descendants(Bt + "Url").Single(u => (string?)u.Attribute("id") == "Taskpane.Url");

        Assert.Equal(["MessageReadCommandSurface", "AppointmentAttendeeCommandSurface", "AppointmentOrganizerCommandSurface"], surfaces);
        Assert.Equal($"https://{AppPackage.Host}/addin/taskpane.html", (string?)taskpane.Attribute("DefaultValue"));
    }

    [Fact]
    public void LogButtonLabel_IsInEnglishAndFrench()
    {
        var label = Document.Descendants(Bt + "String").Single(s => (string?)s.Attribute("id") == "LogButton.Label");

        Assert.Equal("Log to DRE", (string?)label.Attribute("DefaultValue"));
        Assert.Equal("Consigner à la DRE", (string?)label.Elements(Bt + "Override").Single(o => (string?)o.Attribute("Locale") == "fr-FR").Attribute("Value"));
        Assert.All(Document.Descendants(Bt + "String"), s => Assert.Contains(s.Elements(Bt + "Override"), o => (string?)o.Attribute("Locale") == "fr-FR"));
    }

    [Fact]
    public void WebApplicationInfo_NamesTheApiForSingleSignOn()
    {
        var info = Document.Descendants(Overrides11 + "WebApplicationInfo").Single();

        Assert.Equal(AppPackage.ApiClientId, info.Element(Overrides11 + "Id")!.Value);
        Assert.Equal($"api://{AppPackage.Host}/{AppPackage.ApiClientId}", info.Element(Overrides11 + "Resource")!.Value);
    }

    [Fact]
    public void Requirements_AskForMailbox15()
    {
        var set = Document.Root!.Element(Office + "Requirements")!.Descendants(Office + "Set").Single();

        Assert.Equal(("Mailbox", "1.5"), ((string?)set.Attribute("Name"), (string?)set.Attribute("MinVersion")));
    }
}
