using System.Diagnostics;
using System.Net.Sockets;

namespace Dre.Testing;

/// <summary>
/// One Azurite Table service per test process, on a free loopback port, in memory. Tests isolate themselves with a
/// table prefix of their own rather than a server of their own: starting Azurite costs a second, a prefix nothing.
/// </summary>
public sealed class AzuriteServer : IDisposable
{
    private static readonly Lazy<AzuriteServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Process _process;

    private AzuriteServer(Process process, int port)
    {
        _process = process;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static AzuriteServer Shared => Instance.Value;

    public int Port { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>A table prefix no other test uses.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static AzuriteServer Start()
    {
        var azurite = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException("Azurite is not installed: run ./test.sh (it runs npm ci) first.");
        }

        var port = FreePort.Next();
        var process = Process.Start(new ProcessStartInfo(azurite)
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--silent", "--disableTelemetry", "--skipApiVersionCheck" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", port);
                return new AzuriteServer(process, port);
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Azurite did not listen within 30 s.");
    }
}
