using System.Diagnostics;
using System.Text;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>
/// A private RabbitMQ 3.10 node from the Debian package, on 127.0.0.1, with the management
/// plugin (and, when asked, <c>rabbitmq_prometheus</c>), its own node name, ports and folders (owned by the <c>rabbitmq</c> user, to which the
/// server drops). Data survives a stop; <see cref="StopAsync"/> then <see cref="StartAsync(CancellationToken)"/>
/// is a broker outage and recovery.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string SystemUser = "rabbitmq";

    private RabbitMqServer(string baseDirectory, int amqpPort, int managementPort, int distributionPort, string user, string password, int? prometheusPort)
    {
        PrometheusPort = prometheusPort;
        BaseDirectory = baseDirectory;
        AmqpPort = amqpPort;
        ManagementPort = managementPort;
        DistributionPort = distributionPort;
        User = user;
        Password = password;
        NodeName = ExistingNodeName(baseDirectory) ?? $"piedmont-{amqpPort}@localhost";
    }

    /// <summary>
    /// The node whose database a data folder already holds: the node's database is stored under
    /// its name, so a node started on another AMQP port (new defaults) keeps its queues and users.
    /// </summary>
    private static string? ExistingNodeName(string baseDirectory)
    {
        var mnesia = new DirectoryInfo(Path.Combine(baseDirectory, "mnesia"));
        var nodes = mnesia.Exists
            ? mnesia.GetDirectories("piedmont-*@localhost").Select(d => d.Name).ToList()
            : [];
        return nodes.Count == 1 ? nodes[0] : null;
    }

    public string BaseDirectory { get; }
    public int AmqpPort { get; }
    public int ManagementPort { get; }
    public int DistributionPort { get; }

    /// <summary>
    /// Where the <c>rabbitmq_prometheus</c> plugin serves metrics (<c>/metrics</c>, aggregated;
    /// <c>/metrics/detailed?family=queue_coarse_metrics</c>, messages per queue); null when not enabled.
    /// </summary>
    public int? PrometheusPort { get; }
    public string User { get; }
    public string Password { get; }
    public string NodeName { get; }
    public bool IsRunning { get; private set; }

    private string PidFile => Path.Combine(BaseDirectory, "node.pid");

    /// <summary>The AMQP URI services take as <c>ConnectionStrings:messaging</c>.</summary>
    public string AmqpUri(string virtualHost = "/") =>
        $"amqp://{Uri.EscapeDataString(User)}:{Uri.EscapeDataString(Password)}@127.0.0.1:{AmqpPort}/{(virtualHost == "/" ? "" : Uri.EscapeDataString(virtualHost))}";

    public Uri ManagementUri => new($"http://127.0.0.1:{ManagementPort}/");

    public RabbitMqManagement Management => new(ManagementUri, User, Password);

    /// <summary>Starts a node on 127.0.0.1; <c>prometheusPort</c> enables the <c>rabbitmq_prometheus</c> plugin on that port (off when null).</summary>
    public static async Task<RabbitMqServer> StartAsync(
        string baseDirectory, int amqpPort, int managementPort, int distributionPort, string user, string password,
        int? prometheusPort = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException($"RabbitMQ is not installed ({ServerScript}); run: apt-get install -y --no-install-recommends rabbitmq-server");
        }
        LoopbackPorts.EnsureFree(amqpPort, "RabbitMQ (AMQP)", "the RabbitMQ port setting");
        LoopbackPorts.EnsureFree(managementPort, "RabbitMQ management", "the RabbitMQ management port setting");
        LoopbackPorts.EnsureFree(distributionPort, "RabbitMQ (Erlang distribution)", "the RabbitMQ distribution port setting");
        if (prometheusPort is { } metricsPort)
        {
            LoopbackPorts.EnsureFree(metricsPort, "RabbitMQ's Prometheus metrics", "the RabbitMQ Prometheus port setting");
        }

        var server = new RabbitMqServer(Path.GetFullPath(baseDirectory), amqpPort, managementPort, distributionPort, user, password, prometheusPort);
        await server.WriteConfigurationAsync(cancellationToken);
        await server.StartAsync(cancellationToken);
        return server;
    }

    private async Task WriteConfigurationAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(BaseDirectory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(BaseDirectory, "log"));
        // default_user applies when the node's database is first created; a restart keeps the user.
        var configuration = $"""
            listeners.tcp.default = 127.0.0.1:{AmqpPort}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {ManagementPort}
            default_user = {User}
            default_pass = {Password}
            loopback_users = none

            """;
        var plugins = "rabbitmq_management";
        if (PrometheusPort is { } metricsPort)
        {
            configuration += $"""
                prometheus.tcp.ip = 127.0.0.1
                prometheus.tcp.port = {metricsPort}

                """;
            plugins += ",rabbitmq_prometheus";
        }
        // Written at every start: a data folder started once with the metrics plugin and once without follows each time.
        await File.WriteAllTextAsync(Path.Combine(BaseDirectory, "rabbitmq.conf"), configuration, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(BaseDirectory, "enabled_plugins"), $"[{plugins}].", cancellationToken);
        await ProcessRunner.ChownAsync(BaseDirectory, SystemUser, cancellationToken);
    }

    /// <summary>Starts the node (again) and waits until AMQP and the management API answer.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // setsid: its own session, so a Ctrl+C meant for the runner does not kill the node uncleanly.
        var startInfo = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BaseDirectory,
        };
        foreach (var argument in new[] { "runuser", "-u", SystemUser, "--", ServerScript })
        {
            startInfo.ArgumentList.Add(argument);
        }
        startInfo.Environment["HOME"] = "/var/lib/rabbitmq";
        startInfo.Environment["RABBITMQ_NODENAME"] = NodeName;
        startInfo.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        startInfo.Environment["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        startInfo.Environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        startInfo.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(BaseDirectory, "mnesia");
        startInfo.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(BaseDirectory, "log");
        startInfo.Environment["RABBITMQ_PID_FILE"] = PidFile;
        startInfo.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(BaseDirectory, "rabbitmq.conf");
        startInfo.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(BaseDirectory, "enabled_plugins");

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start rabbitmq-server");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!await IsReadyAsync(cancellationToken))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"RabbitMQ node {NodeName} exited during start:\n{output}");
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"RabbitMQ node {NodeName} did not become ready in 90 s:\n{output}");
            }
            await Task.Delay(250, cancellationToken);
        }
        IsRunning = true;
    }

    /// <summary>Stops the node (SIGTERM, a clean shutdown) and waits until its port is closed.</summary>
    public async Task StopAsync()
    {
        if (!IsRunning || !File.Exists(PidFile))
        {
            return;
        }
        var pid = int.Parse((await File.ReadAllTextAsync(PidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using var node = Process.GetProcessById(pid);
            await ProcessRunner.RunAsync("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        IsRunning = false;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await LoopbackPorts.AcceptsConnectionsAsync(AmqpPort, cancellationToken) && await Management.IsReadyAsync(cancellationToken);
}
