using System.Text.Json;

namespace Dre.Infra.Tests;

/// <summary>infra/main.bicep compiled once by the Bicep CLI and shared by the tests of the collection.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private JsonDocument? _document;
    private ArmTemplate? _template;

    internal BicepResult Build { get; private set; } = new(-1, string.Empty, string.Empty);

    internal ArmTemplate Template => _template ?? throw new InvalidOperationException(
        "infra/main.bicep did not compile:\n" + Build.Transcript);

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync(["build", RepositoryPaths.MainTemplate, "--stdout"]);
        if (Build.ExitCode == 0)
        {
            _document = JsonDocument.Parse(Build.StandardOutput);
            _template = new ArmTemplate(_document.RootElement);
        }
    }

    public Task DisposeAsync()
    {
        _document?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class MainTemplateCollection : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "Compiled main template";
}
