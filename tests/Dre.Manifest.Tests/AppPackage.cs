using System.IO.Compression;
using Dre.Testing;

namespace Dre.Manifest.Tests;

/// <summary>The app package as package.sh builds it with sample values, unpacked into a temporary folder.</summary>
public sealed class AppPackage : IAsyncLifetime
{
    public const string Host = "app-dre-collab-test.azurewebsites.net";
    public const string BotAppId = "0b07a0b1-1111-4111-8111-00000000b071";
    public const string ApiClientId = "0a91c11e-2222-4222-8222-0000000a0d1e";
    public const string AppId = "0a99a0b1-3333-4333-8333-0000000a9901";
    public const string Version = "1.4.2";

    public string Folder { get; } = Directory.CreateTempSubdirectory("dre-manifest-").FullName;

    public string Unpacked => Path.Combine(Folder, "unpacked");

    public string Zip => Path.Combine(Folder, "dre-collab-test.zip");

    public string AddinXml => Path.Combine(Folder, "dre-collab-test-outlook-addin.xml");

    public static string ManifestTemplates => Path.Combine(RepositoryRoot.Path, "manifest");

    public async Task InitializeAsync()
    {
        var result = await Tool.RunAsync("bash", "manifest/package.sh", "--env", "test", "--host", Host, "--bot-app-id", BotAppId,
            "--api-client-id", ApiClientId, "--app-id", AppId, "--version", Version, "--out", Folder);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("package.sh failed: " + result.Error);
        }

        ZipFile.ExtractToDirectory(Zip, Unpacked);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
