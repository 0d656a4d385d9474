using System.Net;
using System.Net.Sockets;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>Ports on 127.0.0.1: free ones for throwaway servers, and a clear error for a busy one.</summary>
public static class LoopbackPorts
{
    public static int FindFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsFree(int port)
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

    /// <summary>Throws a message naming the port, what wanted it and the setting that moves it.</summary>
    public static void EnsureFree(int port, string what, string setting)
    {
        if (!IsFree(port))
        {
            throw new PortInUseException($"Port {port} on 127.0.0.1, wanted for {what}, is already in use. Stop what uses it or choose another port with {setting}.");
        }
    }

    public static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

public sealed class PortInUseException(string message) : Exception(message);
