using System.Net;
using System.Net.Sockets;

namespace Dre.Testing;

/// <summary>
/// A loopback port for a server a test starts. Not one the system hands out (binding port 0): those come from the
/// ephemeral range, which every outgoing connection of every process draws from too, so between this answer and the
/// server's bind another test process's connection could take it (seen as "address already in use" in a full run).
/// Ports come from below that range instead, in a block of this process's own, each handed out once.
/// </summary>
public static class FreePort
{
    private const int First = 20_000;
    private const int BlockSize = 500;
    private const int Blocks = 24;
    private static readonly int Start = First + (Environment.ProcessId % Blocks * BlockSize);
    private static int _next = -1;

    public static int Next()
    {
        for (var attempt = 0; attempt < BlockSize; attempt++)
        {
            var port = Start + (Interlocked.Increment(ref _next) % BlockSize);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Start} and {Start + BlockSize}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
