using System.Diagnostics;
using System.Reflection;

namespace Dre.Infra.Tests;

/// <summary>What one run of the Bicep CLI returned.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public string Transcript => $"exit code {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}

/// <summary>
/// The official Bicep CLI, from the NuGet package Azure.Bicep.CommandLine.linux-x64 that the test
/// project downloads (PackageDownload); the build records the packages folder and version as assembly metadata.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Values the parameters files read with readEnvironmentVariable. Deployments take them from the
    /// deploying shell; the tests give placeholders (none of them is a real id or secret).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ParameterEnvironment = new Dictionary<string, string>
    {
        ["DRE_BOT_APP_ID"] = "11111111-1111-1111-1111-111111111111",
        ["DRE_API_CLIENT_ID"] = "22222222-2222-2222-2222-222222222222",
        ["DRE_BOT_APP_PASSWORD"] = "placeholder-not-a-secret",
        ["DRE_API_CLIENT_SECRET"] = "placeholder-api-secret",
    };

    /// <summary>Full path of the bicep executable, made executable if the package extraction lost the bit.</summary>
    public static string ExecutablePath { get; } = Locate();

    /// <summary>Runs bicep with the given arguments from the repository root.</summary>
    public static async Task<BicepResult> RunAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var standardOutput = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var standardError = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', startInfo.ArgumentList)} did not finish within {Timeout}.");
        }

        return new BicepResult(process.ExitCode, await standardOutput, await standardError);
    }

    /// <summary>Runs bicep with the placeholder values the parameters files need.</summary>
    public static Task<BicepResult> RunWithParameterEnvironmentAsync(params string[] arguments) =>
        RunAsync(arguments, ParameterEnvironment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value));

    private static string Locate()
    {
        var metadata = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(attribute => attribute.Key, attribute => attribute.Value);
        var version = metadata.GetValueOrDefault("BicepCliVersion")
            ?? throw new InvalidOperationException("The test assembly does not record BicepCliVersion.");
        var packageRoot = metadata.GetValueOrDefault("NuGetPackageRoot");
        if (string.IsNullOrEmpty(packageRoot))
        {
            packageRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        var path = Path.Combine(packageRoot, PackageId, version, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI {version} is not at {path}: restore the test project (dotnet restore) to download it.", path);
        }

        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | Execute);
            }
        }

        return path;
    }
}
