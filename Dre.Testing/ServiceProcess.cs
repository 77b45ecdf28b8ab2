using System.Diagnostics;
using System.Globalization;

namespace Dre.Testing;

/// <summary>
/// The service as a separate operating-system process on a loopback port, as it runs in production: for tests of
/// several instances sharing one store, and for benchmarks that read the process's memory.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Starts the assembly (a built ASP.NET Core app) with the given settings as environment variables, and waits for /healthz.</summary>
    public static async Task<ServiceProcess> StartAsync(string assemblyPath, IReadOnlyDictionary<string, string> settings, TimeSpan? startTimeout = null, IReadOnlyList<string>? args = null)
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assemblyPath },
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // Workstation GC, as on a small App Service plan: the memory figures benchmarks read are those of one.
        info.Environment["DOTNET_gcServer"] = "0";
        foreach (var arg in args ?? [])
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The service did not start.");
        var service = new ServiceProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => service.Record(e.Data);
        process.ErrorDataReceived += (_, e) => service.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // Only a guard against a service that never starts: two instances seeding demo data at once on a loaded machine
        // have needed more than a minute.
        var deadline = DateTime.UtcNow + (startTimeout ?? TimeSpan.FromMinutes(3));
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {process.ExitCode}:\n{string.Join('\n', service.Output)}");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the poll's timeout.
            }

            await Task.Delay(100);
        }

        await service.DisposeAsync();
        throw new TimeoutException($"The service did not become healthy:\n{string.Join('\n', service.Output)}");
    }

    /// <summary>The most memory the process has held so far (VmHWM), in bytes.</summary>
    public long PeakWorkingSetBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }
}
