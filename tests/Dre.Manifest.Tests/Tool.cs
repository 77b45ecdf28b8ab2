using System.Diagnostics;
using Dre.Testing;

namespace Dre.Manifest.Tests;

/// <summary>Runs a command from the repository root and collects what it printed.</summary>
public static class Tool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string fileName, params string[] arguments) => await RunAsync(fileName, arguments, new Dictionary<string, string>());

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // package.sh reads these; the test decides each of them.
        foreach (var name in new[] { "DRE_ENV", "DRE_HOST", "BOT_APP_ID", "API_CLIENT_ID", "APP_ID", "APP_VERSION" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
