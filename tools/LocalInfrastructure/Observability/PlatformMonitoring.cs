using System.Diagnostics;
using System.Globalization;

namespace PiedmontSystem.LocalInfrastructure.Observability;

/// <summary>
/// Debian's Prometheus and PostgreSQL exporter beside the platform (<c>./piedmont run --observe</c>),
/// on loopback, as the <c>prometheus</c> user, supervised like the platform's processes (a crash is
/// reported and restarted with back-off) and stopped with them. Prometheus keeps its data in its
/// own folder, so the history survives a restart of the platform.
/// </summary>
public sealed class PlatformMonitoring : IAsyncDisposable
{
    public const string PrometheusBinary = "/usr/bin/prometheus";
    public const string PostgresExporterBinary = "/usr/bin/prometheus-postgres-exporter";
    private const string SystemUser = "prometheus";

    private readonly List<SupervisedProcess> _processes = [];

    private PlatformMonitoring(int prometheusPort) => PrometheusPort = prometheusPort;

    public int PrometheusPort { get; }

    public Uri PrometheusUri => new($"http://127.0.0.1:{PrometheusPort.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Starts the exporter and Prometheus and waits until Prometheus is ready.</summary>
    /// <param name="baseDirectory">Prometheus' configuration and data (e.g. <c>.local/prometheus</c>).</param>
    /// <param name="rulesSource">The alert rules to load (<see cref="PrometheusConfiguration.RulesFile"/>), copied in at each start.</param>
    /// <param name="prometheusPort">Prometheus' loopback port.</param>
    /// <param name="managementPorts">Each platform process's management port.</param>
    /// <param name="rabbitMqPrometheusPort">The <c>rabbitmq_prometheus</c> plugin's port.</param>
    /// <param name="postgresConnectionUri">A <c>postgresql://</c> URI the exporter connects with (a superuser or a monitoring user).</param>
    /// <param name="output">Receives the processes' lines and the supervisor's reports, as (name, line).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<PlatformMonitoring> StartAsync(
        string baseDirectory,
        string rulesSource,
        int prometheusPort,
        IReadOnlyDictionary<string, int> managementPorts,
        int rabbitMqPrometheusPort,
        string postgresConnectionUri,
        Action<string, string> output,
        CancellationToken cancellationToken = default)
    {
        foreach (var binary in new[] { PrometheusBinary, PostgresExporterBinary })
        {
            if (!File.Exists(binary))
            {
                throw new InvalidOperationException($"{binary} is missing: run scripts/install-prerequisites.sh --observe (Debian's prometheus and prometheus-postgres-exporter).");
            }
        }
        LoopbackPorts.EnsureFree(prometheusPort, "Prometheus", "--prometheus-port (PIEDMONT_PROMETHEUS_PORT)");
        var exporterPort = LoopbackPorts.FindFree();

        var stack = new PlatformMonitoring(prometheusPort);
        try
        {
            var directory = Path.GetFullPath(baseDirectory);
            Directory.CreateDirectory(Path.Combine(directory, "data"));
            File.Copy(rulesSource, Path.Combine(directory, "alerts.yml"), overwrite: true);
            var configuration = Path.Combine(directory, "prometheus.yml");
            await File.WriteAllTextAsync(configuration, PrometheusConfiguration.Generate(
                new ScrapeTargets(managementPorts, rabbitMqPrometheusPort, exporterPort), "alerts.yml"), cancellationToken);
            await ProcessRunner.ChownAsync(directory, SystemUser, cancellationToken);

            // The connection string stays out of the command line (ps would show it to every user).
            stack.Supervise("postgres-exporter", PostgresExporterBinary,
                [$"--web.listen-address=127.0.0.1:{exporterPort.ToString(CultureInfo.InvariantCulture)}", "--log.level=warn"],
                new Dictionary<string, string> { ["DATA_SOURCE_NAME"] = postgresConnectionUri }, directory, output);
            stack.Supervise("prometheus", PrometheusBinary,
                [
                    $"--config.file={configuration}",
                    $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                    $"--web.listen-address=127.0.0.1:{prometheusPort.ToString(CultureInfo.InvariantCulture)}",
                    "--log.level=warn",
                ],
                new Dictionary<string, string>(), directory, output);
            await stack.WaitUntilReadyAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    private void Supervise(string name, string binary, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string directory, Action<string, string> output) =>
        _processes.Add(new SupervisedProcess(name, () => Launch(name, binary, arguments, environment, directory, output), RestartPolicy.Default, output, _ => { }));

    private static Process Launch(string name, string binary, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string directory, Action<string, string> output)
    {
        // setsid: Ctrl+C reaches only the runner, which then stops these in order.
        var startInfo = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        // setpriv, not runuser: it executes the program in its own place, so SIGTERM reaches
        // Prometheus itself, which then shuts down cleanly (runuser kills its child 2 s later).
        foreach (var argument in (string[])["setpriv", $"--reuid={SystemUser}", $"--regid={SystemUser}", "--init-groups", binary, .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {name}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output(name, e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output(name, e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(PrometheusUri, "-/ready"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"Prometheus was not ready at {PrometheusUri} within {timeout.TotalSeconds} s (its output is above).");
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Stops both for good (SIGTERM; a kill after 15 s), without restarts.</summary>
    public async Task StopAsync() => await Task.WhenAll(_processes.Select(p => p.StopAsync(TimeSpan.FromSeconds(15))));

    public async ValueTask DisposeAsync() => await StopAsync();
}
