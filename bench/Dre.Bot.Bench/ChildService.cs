using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Dre.Testing;

namespace Dre.Bot.Bench;

/// <summary>A bot service started as a child process on a loopback port, so that its peak memory can be read.</summary>
internal sealed class ChildService : IDisposable
{
    private readonly Process _process;

    private ChildService(Process process, int port)
    {
        _process = process;
        MessagesUrl = new Uri($"http://127.0.0.1:{port}/api/messages");
    }

    public Uri MessagesUrl { get; }

    /// <summary>VmHWM of the child: its resident set's high-water mark, in MiB.</summary>
    public double PeakRssMiB
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
    }

    public static async Task<ChildService> StartAsync(string dll, IEnumerable<string> args, IDictionary<string, string> environment)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // The content root is the working directory: the service finds its appsettings files beside its dll.
        start.WorkingDirectory = Path.GetDirectoryName(dll);
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + dll);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("  [child] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with code {process.ExitCode} at start.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return new ChildService(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"{Path.GetFileName(dll)} did not listen within 90 s.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
