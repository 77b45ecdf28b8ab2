using System.Text.Json;

namespace Dre.Infra.Tests;

/// <summary>The templates and parameters files compile and lint cleanly with the pinned Bicep CLI.</summary>
[Collection(MainTemplateCollection.Name)]
public sealed class BicepCompilationTests(CompiledMainTemplate compiled)
{
    public static TheoryData<string> Environments => new() { "dev", "prod" };

    [Fact]
    public void MainTemplate_Compiles_WithoutWarnings()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.Transcript);
        AssertNoDiagnostics(compiled.Build.StandardError, compiled.Build);
        Assert.Equal(JsonValueKind.Object, compiled.Template.Root.ValueKind);
    }

    [Fact]
    public async Task MainTemplate_Lints_WithoutWarnings()
    {
        var lint = await BicepCli.RunAsync(["lint", RepositoryPaths.MainTemplate]);

        Assert.True(lint.ExitCode == 0, lint.Transcript);
        AssertNoDiagnostics(lint.StandardOutput + lint.StandardError, lint);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task ParametersFile_Builds_WithoutWarnings(string environmentName)
    {
        var build = await BicepCli.RunWithParameterEnvironmentAsync(
            "build-params", RepositoryPaths.ParametersFile(environmentName), "--stdout");

        Assert.True(build.ExitCode == 0, build.Transcript);
        AssertNoDiagnostics(build.StandardError, build);
        Assert.Equal(environmentName, ParameterValue(build, "environmentName").GetString());
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task ParametersFile_Lints_WithoutWarnings(string environmentName)
    {
        var lint = await BicepCli.RunWithParameterEnvironmentAsync("lint", RepositoryPaths.ParametersFile(environmentName));

        Assert.True(lint.ExitCode == 0, lint.Transcript);
        AssertNoDiagnostics(lint.StandardOutput + lint.StandardError, lint);
    }

    public static TheoryData<string, string> EnvironmentsAndSecretVariables => new()
    {
        { "dev", "DRE_BOT_APP_PASSWORD" },
        { "prod", "DRE_BOT_APP_PASSWORD" },
        { "dev", "DRE_API_CLIENT_SECRET" },
        { "prod", "DRE_API_CLIENT_SECRET" },
    };

    [Theory]
    [MemberData(nameof(EnvironmentsAndSecretVariables))]
    public async Task ParametersFile_WithoutSecretInEnvironment_DoesNotBuild(string environmentName, string variable)
    {
        // The secrets are never in the file: a deployment from a shell that lacks one stops before Azure is called.
        var environment = BicepCli.ParameterEnvironment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        environment[variable] = null;

        var build = await BicepCli.RunAsync(
            ["build-params", RepositoryPaths.ParametersFile(environmentName), "--stdout"], environment);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(variable, build.StandardError, StringComparison.Ordinal);
        var parametersFile = File.ReadAllText(RepositoryPaths.ParametersFile(environmentName));
        Assert.Contains($"readEnvironmentVariable('{variable}')", parametersFile, StringComparison.Ordinal);
        Assert.DoesNotContain(BicepCli.ParameterEnvironment[variable], parametersFile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionParameters_RunTwoInstances_OnPremiumPlan()
    {
        var build = await BicepCli.RunWithParameterEnvironmentAsync(
            "build-params", RepositoryPaths.ParametersFile("prod"), "--stdout");

        Assert.True(build.ExitCode == 0, build.Transcript);
        Assert.True(ParameterValue(build, "instanceCount").GetInt32() >= 2);
        Assert.Equal("P0v3", ParameterValue(build, "appServicePlanSku").GetString());
    }

    private static JsonElement ParameterValue(BicepResult build, string name)
    {
        using var output = JsonDocument.Parse(build.StandardOutput);
        var parametersJson = output.RootElement.GetProperty("parametersJson").GetString()
            ?? throw new InvalidOperationException("build-params printed no parametersJson.");
        using var parameters = JsonDocument.Parse(parametersJson);
        return parameters.RootElement.GetProperty("parameters").GetProperty(name).GetProperty("value").Clone();
    }

    private static void AssertNoDiagnostics(string output, BicepResult result)
    {
        Assert.False(output.Contains("Warning", StringComparison.Ordinal), result.Transcript);
        Assert.False(output.Contains("Error", StringComparison.Ordinal), result.Transcript);
    }
}
