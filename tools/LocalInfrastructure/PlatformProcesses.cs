using System.Diagnostics;
using System.Globalization;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>Where a platform process's build output is, relative to the repository root.</summary>
public sealed record PlatformProject(string ResourceName, string ProjectDirectory, string AssemblyName, string? Database);

/// <summary>
/// The addresses the platform's processes get, and the servers they use; the partner hub also gets
/// the broker's management API with credentials (<c>MessagingManagementConnectionString</c>).
/// <c>ManagementPorts</c> is each process's management port (its Prometheus metrics) by resource name, none if null.
/// </summary>
public sealed record PlatformTopology(
    int GatewayPort,
    IReadOnlyDictionary<string, int> ServicePorts,
    Func<string, string> DatabaseConnectionString,
    string MessagingConnectionString,
    string? MessagingManagementConnectionString = null,
    IReadOnlyDictionary<string, int>? ManagementPorts = null);

/// <summary>
/// Starts the services behind the gateway (the four domain services, identity, partner hub, web portal) and the gateway as separate processes from their build output, with
/// exactly the configuration keys the Aspire AppHost injects (<c>ConnectionStrings__*</c>,
/// <c>services__*__http__0</c>, <c>OTEL_SERVICE_NAME</c>, <c>ASPNETCORE_URLS</c>) and a
/// management port each (<c>Management__Port</c>, the Prometheus metrics), keeps them
/// running as a supervisor would (a crashed process is reported and restarted with back-off,
/// see <see cref="SupervisedProcess"/>), and stops them.
/// </summary>
public sealed class PlatformProcesses : IAsyncDisposable
{
    public static readonly IReadOnlyList<PlatformProject> Projects =
    [
        new(ResourceNames.ClusterRegistry, "services/ClusterRegistry", "PiedmontSystem.ClusterRegistry", ResourceNames.RegistryDatabase),
        new(ResourceNames.FundingCalls, "services/FundingCalls", "PiedmontSystem.FundingCalls", ResourceNames.FundingDatabase),
        new(ResourceNames.Accelerator, "services/Accelerator", "PiedmontSystem.Accelerator", ResourceNames.AcceleratorDatabase),
        new(ResourceNames.Internationalisation, "services/Internationalisation", "PiedmontSystem.Internationalisation", ResourceNames.InternationalisationDatabase),
        new(ResourceNames.Identity, "services/Identity", "PiedmontSystem.Identity", ResourceNames.IdentityDatabase),
        new(ResourceNames.PartnerHub, "services/PartnerHub", "PiedmontSystem.PartnerHub", ResourceNames.PartnerHubDatabase),
        new(ResourceNames.Web, "web", "PiedmontSystem.Web", ResourceNames.PortalDatabase),
        new(ResourceNames.Gateway, "gateway", "PiedmontSystem.Gateway", null),
    ];

    /// <summary>Management ports from <paramref name="basePort"/> on, one per project in the order of <see cref="Projects"/>.</summary>
    public static Dictionary<string, int> ManagementPortsFrom(int basePort) =>
        Projects.Select((p, i) => (p.ResourceName, Port: basePort + i)).ToDictionary(p => p.ResourceName, p => p.Port);

    private readonly List<(PlatformProject Project, SupervisedProcess Process)> _running = [];
    private readonly Action<string, string> _output;
    private readonly ProcessStatusFile? _statusFile;
    private readonly RestartPolicy _restartPolicy;

    /// <param name="output">Receives every line the processes print, and the supervisor's reports, as (resource, line).</param>
    /// <param name="statusFile">Where the state of every process is kept for the gateway's <c>/health/services</c>; none if null.</param>
    /// <param name="restartPolicy">Back-off between restarts of a crashed process; <see cref="RestartPolicy.Default"/> if null.</param>
    public PlatformProcesses(Action<string, string> output, string? statusFile = null, RestartPolicy? restartPolicy = null)
    {
        _output = output;
        _statusFile = statusFile is null ? null : new ProcessStatusFile(statusFile);
        _restartPolicy = restartPolicy ?? RestartPolicy.Default;
    }

    /// <summary>The state of each process: running or restarting, restarts, last exit.</summary>
    public IReadOnlyList<ProcessState> States
    {
        get
        {
            lock (_running)
            {
                return _running.Select(r => r.Process.State).ToList();
            }
        }
    }

    /// <summary>The operating-system process id of <paramref name="resourceName"/> now (null while it restarts).</summary>
    public int? ProcessIdOf(string resourceName) => States.Single(s => s.Name == resourceName).ProcessId;

    /// <summary>The identity service's secret of the web portal's client; the portal is given it as <c>Portal__ClientSecret</c>.</summary>
    public const string WebClientSecretSetting = "Identity__Clients__Web__Secret";

    /// <summary>Environment of one process: the keys Aspire would inject, plus any extra settings.</summary>
    public static Dictionary<string, string> EnvironmentFor(PlatformProject project, PlatformTopology topology, IReadOnlyDictionary<string, string>? extra = null)
    {
        var port = project.ResourceName == ResourceNames.Gateway ? topology.GatewayPort : topology.ServicePorts[project.ResourceName];
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["OTEL_SERVICE_NAME"] = project.ResourceName,
        };
        // Every process accepts the tokens of the platform's identity provider, whose issuer is
        // the gateway's public address (its discovery document is read through the gateway).
        var issuer = $"http://127.0.0.1:{topology.GatewayPort.ToString(CultureInfo.InvariantCulture)}/";
        environment["Authentication__Jwt__Authority"] = issuer;
        if (topology.ManagementPorts?.TryGetValue(project.ResourceName, out var managementPort) == true)
        {
            // Prometheus metrics on a port of their own, on loopback like the process's public port.
            environment["Management__Port"] = managementPort.ToString(CultureInfo.InvariantCulture);
        }
        if (project.ResourceName == ResourceNames.Identity)
        {
            environment["Identity__Issuer"] = issuer;
        }
        if (project.Database is not null)
        {
            environment[$"ConnectionStrings__{project.Database}"] = topology.DatabaseConnectionString(project.Database);
            environment[$"ConnectionStrings__{ResourceNames.MessageBroker}"] = topology.MessagingConnectionString;
        }
        // The gateway routes to every service; the partner hub asks each for its outbox backlog.
        if (project.Database is null || project.ResourceName == ResourceNames.PartnerHub)
        {
            foreach (var (service, servicePort) in topology.ServicePorts)
            {
                environment[$"services__{service}__http__0"] = $"http://127.0.0.1:{servicePort.ToString(CultureInfo.InvariantCulture)}";
            }
        }
        // The web portal calls the API through the gateway, and signs people in as the identity service's web client.
        if (project.ResourceName == ResourceNames.Web)
        {
            environment[$"services__{ResourceNames.Gateway}__http__0"] = $"http://127.0.0.1:{topology.GatewayPort.ToString(CultureInfo.InvariantCulture)}";
            if (extra?.TryGetValue(WebClientSecretSetting, out var webSecret) == true)
            {
                environment["Portal__ClientSecret"] = webSecret;
            }
        }
        // The partner hub provisions partners' broker users and reads the error queues through the management API.
        if (project.ResourceName == ResourceNames.PartnerHub && topology.MessagingManagementConnectionString is { } management)
        {
            environment[$"ConnectionStrings__{ResourceNames.MessageBrokerManagement}"] = management;
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        return environment;
    }

    /// <summary>Starts every project from <c>bin/&lt;configuration&gt;/net10.0</c> under <paramref name="repositoryRoot"/>.</summary>
    public void Start(string repositoryRoot, string configuration, PlatformTopology topology, IReadOnlyDictionary<string, string>? extra = null)
    {
        foreach (var project in Projects)
        {
            var directory = Path.Combine(repositoryRoot, project.ProjectDirectory, "bin", configuration, "net10.0");
            var assembly = Path.Combine(directory, project.AssemblyName + ".dll");
            if (!File.Exists(assembly))
            {
                throw new FileNotFoundException($"{assembly} is missing: build the platform first (dotnet build -c {configuration}).");
            }
            var environment = EnvironmentFor(project, topology, extra);
            if (_statusFile is not null && project.Database is null)
            {
                environment[ProcessStatusFile.GatewaySetting] = _statusFile.Path;
            }
            var supervised = new SupervisedProcess(project.ResourceName, () => Launch(project, directory, assembly, environment),
                _restartPolicy, _output, _ => _statusFile?.Write(States));
            lock (_running)
            {
                _running.Add((project, supervised));
            }
        }
        _statusFile?.Write(States);
    }

    private Process Launch(PlatformProject project, string directory, string assembly, Dictionary<string, string> environment)
    {
        // setsid: Ctrl+C reaches only the runner, which then stops these in order.
        var startInfo = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        startInfo.ArgumentList.Add("dotnet");
        startInfo.ArgumentList.Add(assembly);
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {project.ResourceName}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output(project.ResourceName, e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output(project.ResourceName, e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until every process reports Healthy on <c>/health</c>; fails early if one exits.</summary>
    public async Task WaitUntilHealthyAsync(PlatformTopology topology, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var deadline = Stopwatch.StartNew();
        foreach (var (project, process) in _running)
        {
            var port = project.ResourceName == ResourceNames.Gateway ? topology.GatewayPort : topology.ServicePorts[project.ResourceName];
            var health = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/health");
            while (true)
            {
                if (process.State.LastExitCode is { } exitCode)
                {
                    throw new InvalidOperationException($"{project.ResourceName} exited with code {exitCode} before it was healthy (its output is above).");
                }
                try
                {
                    using var response = await http.GetAsync(health, cancellationToken);
                    // Healthy, not only ready: a Degraded service (its bus still connecting, its
                    // queues not yet bound) would miss the events others publish meanwhile.
                    if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync(cancellationToken)).StartsWith("{\"status\":\"Healthy\"", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // Not listening yet.
                }
                if (deadline.Elapsed > timeout)
                {
                    throw new TimeoutException($"{project.ResourceName} was not healthy at {health} within {timeout.TotalSeconds} s.");
                }
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    /// <summary>Stops every process for good (SIGTERM, a graceful shutdown; a kill after 15 s), without restarts.</summary>
    public async Task StopAsync()
    {
        await Task.WhenAll(_running.Select(r => r.Process.StopAsync(TimeSpan.FromSeconds(15))));
        _statusFile?.Write(States);
        lock (_running)
        {
            _running.Clear();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
