using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>Ports on 127.0.0.1: free ones for throwaway servers, and a clear error for a busy one.</summary>
public static class LoopbackPorts
{
    /// <summary>Where <see cref="FindFree"/> draws from: below Linux's default range for outgoing connections.</summary>
    private const int FreeRangeStart = 20000;

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A port that is free now and lies outside this machine's range for outgoing connections, so
    /// a server stopped and started again on it (a broker outage in a test) cannot find it taken
    /// by an outgoing connection. Never the same port twice in one process.
    /// </summary>
    public static int FindFree()
    {
        var (low, _) = EphemeralRange.Read();
        lock (HandedOut)
        {
            for (var attempt = 0; attempt < 200 && low > FreeRangeStart; attempt++)
            {
                var port = Random.Shared.Next(FreeRangeStart, low);
                if (!PlatformDefaults.All.Contains(port) && !HandedOut.Contains(port) && IsFree(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }
            // A machine whose outgoing range starts low: let the kernel choose.
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var chosen = ((IPEndPoint)listener.LocalEndpoint).Port;
            HandedOut.Add(chosen);
            return chosen;
        }
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

    /// <summary>Throws a message naming the port, what wanted it, what holds it (when <c>ss</c> can tell) and the setting that moves it.</summary>
    public static void EnsureFree(int port, string what, string setting)
    {
        if (!IsFree(port))
        {
            var holder = Holder(port) is { } process ? $" (held by {process})" : "";
            throw new PortInUseException(
                $"Port {port} on 127.0.0.1, wanted for {what}, is already in use{holder}. Stop what uses it or choose another port with {setting}.");
        }
    }

    /// <summary>
    /// A warning when <paramref name="port"/> lies in the range the kernel hands out for outgoing
    /// connections: any connection may take it while its server is down, and the server then
    /// cannot listen again (RabbitMQ's eaddrinuse). Null when the port is safe.
    /// </summary>
    public static string? EphemeralWarning(int port, string what, string setting)
    {
        var (low, high) = EphemeralRange.Read();
        return port >= low && port <= high
            ? $"Port {port} for {what} lies in this machine's range for outgoing connections ({low}-{high}, " +
              $"{EphemeralRange.Source}): an outgoing connection can take it while {what} restarts, which then cannot listen. " +
              $"Choose a port below {low} with {setting}, or reserve it (sysctl net.ipv4.ip_local_reserved_ports={port})."
            : null;
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

    /// <summary>The process listening on <paramref name="port"/>, as <c>ss</c> names it, if it can.</summary>
    private static string? Holder(int port)
    {
        try
        {
            var output = ProcessRunner.RunAsync("ss", ["-Htlnp", $"sport = :{port.ToString(CultureInfo.InvariantCulture)}"]).GetAwaiter().GetResult();
            var start = output.IndexOf("users:((", StringComparison.Ordinal);
            // users:(("dotnet",pid=8990,fd=281)) → dotnet (pid 8990)
            var fields = start < 0 ? [] : output[(start + 8)..].Split(')')[0].Split(',');
            return fields.Length < 2 ? null : $"{fields[0].Trim('"')} ({fields[1].Replace("=", " ", StringComparison.Ordinal)})";
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>The kernel's range of local ports for outgoing connections.</summary>
public static class EphemeralRange
{
    public const string Source = "/proc/sys/net/ipv4/ip_local_port_range";

    /// <summary>Linux's default when the file cannot be read.</summary>
    private static readonly (int Low, int High) LinuxDefault = (32768, 60999);

    public static (int Low, int High) Read()
    {
        try
        {
            var parts = File.ReadAllText(Source).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return LinuxDefault;
        }
    }
}

/// <summary>
/// Default ports of <c>./piedmont run</c> and of the benchmarks' throwaway platform: below the
/// outgoing range (32768-60999 on Linux), clear of PostgreSQL's and RabbitMQ's own defaults
/// (5432, 5672, 15672, 25672), and different between the two so both can run at once.
/// </summary>
public static class PlatformDefaults
{
    public const int Postgres = 24432;
    public const int RabbitMq = 24672;
    public const int RabbitMqManagement = 24673;
    public const int RabbitMqDistribution = 24674;

    /// <summary>The benchmarks' ports (scripts/lib/throwaway-platform.sh).</summary>
    public static readonly int[] Bench = [26432, 26672, 26673, 26674];

    public static readonly IReadOnlySet<int> All = new HashSet<int>([Postgres, RabbitMq, RabbitMqManagement, RabbitMqDistribution, .. Bench]);
}

public sealed class PortInUseException(string message) : Exception(message);
