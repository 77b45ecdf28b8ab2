using System.Reflection;
using System.Xml.Linq;
using Dre.Testing;

namespace Dre.Bot.Tests.Architecture;

/// <summary>
/// The Bot Framework SDK v4 is past its end of support: its successor must replace one project, so its types stay in
/// Dre.Bot. The compiler records every assembly whose types a build uses, so an assembly's references are the proof.
/// </summary>
public sealed class ProjectBoundaryTests
{
    private static readonly Assembly[] OutsideTheBot =
    [
        typeof(Core.Contacts.ContactService).Assembly,
        typeof(OutlookAddin.OutlookAddinExtensions).Assembly,
        typeof(Service.Hosting.ServiceComposition).Assembly,
    ];

    [Fact]
    public void NoProductAssemblyButTheBot_UsesABotFrameworkType()
    {
        var offenders = OutsideTheBot
            .SelectMany(a => a.GetReferencedAssemblies().Select(r => (Assembly: a.GetName().Name, Reference: r.Name ?? "")))
            .Where(p => p.Reference.StartsWith("Microsoft.Bot.", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
        Assert.Contains(typeof(Dre.Bot.Teams.TeamsBotExtensions).Assembly.GetReferencedAssemblies(), r => r.Name == "Microsoft.Bot.Builder");
    }

    [Fact]
    public void TheDomainAndStore_KnowNeitherAspNetCoreNorTheBot()
    {
        var references = typeof(Core.Contacts.ContactService).Assembly.GetReferencedAssemblies().Select(r => r.Name ?? "").ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Dre.", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyTheBot_ImportsTheBotFrameworkBuild()
    {
        var importers = Directory.EnumerateFiles(RepositoryRoot.Path, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => XDocument.Load(p).Descendants("Import").Any(i => ((string?)i.Attribute("Project") ?? "").EndsWith("BotFramework.targets", StringComparison.Ordinal)))
            .Select(p => Path.GetRelativePath(RepositoryRoot.Path, p).Replace('\\', '/'))
            // Tests drive the bot with the SDK's own types; the bot benchmark's baseline is an echo bot on the same SDK.
            .Where(p => !p.StartsWith("tests/", StringComparison.Ordinal) && p != "bench/Dre.Bot.Bench/Dre.Bot.Bench.csproj")
            .ToList();

        Assert.Equal(["Dre.Bot/Dre.Bot.csproj"], importers);
    }
}
