using System.Globalization;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.LocalInfrastructure.Observability;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.LocalRunner;

/// <summary>
/// The whole platform on this machine without Docker or Aspire: private PostgreSQL and RabbitMQ
/// with data in the data folder (kept between runs), then the services and the gateway with the
/// configuration Aspire would give them, each with a management port for Prometheus metrics. With
/// <c>--observe</c>, also Prometheus (with the alert rules) and the PostgreSQL exporter, scraping
/// every process, RabbitMQ and PostgreSQL. Ctrl+C stops everything it started and nothing else.
/// </summary>
internal static class RunCommand
{
    public static async Task<int> ExecuteAsync(CommandLine options)
    {
        var repositoryRoot = RepositoryRoot.Find();
        var dataDirectory = Path.GetFullPath(options.Get("data-dir") ?? Path.Combine(repositoryRoot, ".local"));
        var gatewayPort = options.GetPort("gateway-port", 5080);
        var serviceBasePort = options.GetPort("service-base-port", 5081);
        var servicePorts = PlatformProcesses.Projects
            .Where(p => p.Database is not null)
            .Select((p, i) => (p.ResourceName, Port: serviceBasePort + i))
            .ToDictionary(p => p.ResourceName, p => p.Port);
        var managementPorts = PlatformProcesses.ManagementPortsFrom(options.GetPort("management-base-port", 5181));
        var observe = options.Get("observe") is { } observeOption && observeOption is not ("" or "false");
        var prometheusPort = options.GetPort("prometheus-port", 9090);

        var postgresPort = options.GetPort("postgres-port", PlatformDefaults.Postgres);
        var rabbitPorts = (
            Amqp: options.GetPort("rabbitmq-port", PlatformDefaults.RabbitMq),
            Management: options.GetPort("rabbitmq-management-port", PlatformDefaults.RabbitMqManagement),
            Distribution: options.GetPort("rabbitmq-dist-port", PlatformDefaults.RabbitMqDistribution));

        using var shutdown = new Shutdown();
        try
        {
            var wanted = new List<(int Port, string What, string Setting)>
            {
                (gatewayPort, "the gateway", "--gateway-port (PIEDMONT_GATEWAY_PORT)"),
                (postgresPort, "PostgreSQL", "--postgres-port (PIEDMONT_POSTGRES_PORT)"),
                (rabbitPorts.Amqp, "RabbitMQ (AMQP)", "--rabbitmq-port (PIEDMONT_RABBITMQ_PORT)"),
                (rabbitPorts.Management, "the RabbitMQ management console", "--rabbitmq-management-port (PIEDMONT_RABBITMQ_MANAGEMENT_PORT)"),
                (rabbitPorts.Distribution, "RabbitMQ (Erlang distribution)", "--rabbitmq-dist-port (PIEDMONT_RABBITMQ_DIST_PORT)"),
            };
            wanted.AddRange(servicePorts.Select(s => (s.Value, s.Key, "--service-base-port (PIEDMONT_SERVICE_BASE_PORT)")));
            wanted.AddRange(managementPorts.Select(m => (m.Value, $"{m.Key}'s management port (metrics)", "--management-base-port (PIEDMONT_MANAGEMENT_BASE_PORT)")));
            if (observe)
            {
                wanted.Add((prometheusPort, "Prometheus", "--prometheus-port (PIEDMONT_PROMETHEUS_PORT)"));
            }
            foreach (var warning in wanted.Select(w => LoopbackPorts.EphemeralWarning(w.Port, w.What, w.Setting)).OfType<string>())
            {
                Log("runner", "warning: " + warning);
            }
            foreach (var (port, what, setting) in wanted)
            {
                LoopbackPorts.EnsureFree(port, what, setting);
            }

            var credentials = LocalCredentials.LoadOrCreate(dataDirectory);
            Log("runner", $"Data folder: {dataDirectory}");
            await using var postgres = await PostgresServer.StartAsync(
                Path.Combine(dataDirectory, "postgres"), postgresPort, credentials.PostgresPassword, durable: true, shutdown.Token);
            Log("runner", $"PostgreSQL listening on 127.0.0.1:{postgres.Port}");
            foreach (var database in PlatformProcesses.Projects.Select(p => p.Database).OfType<string>())
            {
                await postgres.EnsureDatabaseAsync(database, shutdown.Token);
            }
            await using var rabbit = await RabbitMqServer.StartAsync(
                Path.Combine(dataDirectory, "rabbitmq"),
                rabbitPorts.Amqp,
                rabbitPorts.Management,
                rabbitPorts.Distribution,
                credentials.RabbitMqUser,
                credentials.RabbitMqPassword,
                // Its metrics, for Prometheus: only when observed.
                prometheusPort: observe ? LoopbackPorts.FindFree() : null,
                shutdown.Token);
            Log("runner", $"RabbitMQ listening on 127.0.0.1:{rabbit.AmqpPort}, management on {rabbit.ManagementUri}");

            var topology = new PlatformTopology(gatewayPort, servicePorts, postgres.ConnectionString, rabbit.AmqpUri(), rabbit.Management.UriWithCredentials, managementPorts);
            // The services' own lines carry their timestamps (ServiceDefaults' console format).
            await using var platform = new PlatformProcesses(Forward, Path.Combine(dataDirectory, "processes.json"));
            var settings = PassThroughSettings();
            // A fresh key each run: the gateway signs the instant it received a request with it, the services verify.
            settings["ReceiptStamp__Key"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            // The identity service's keys survive restarts (tokens and sign-ins stay valid); its clients and people come from credentials.json.
            settings["Identity__Keys__Directory"] = Path.Combine(dataDirectory, "identity-keys");
            foreach (var (key, value) in credentials.IdentitySettings())
            {
                settings[key] = value;
            }
            if (options.Get("demo-data") is { } demo)
            {
                // A synthetic population for demos, loaded once by the registry (clearly labelled "(demo)").
                settings["Registry__DemoData__Organisations"] = demo == "true" ? "1200" : demo;
                // The accelerator builds its history from those organisations once they reach its copy of the directory.
                settings["Accelerator__DemoData__Enabled"] = "true";
                // So does CEIP: a year of liaison, three events (a B2B day of 150) and collaborations.
                settings["Internationalisation__DemoData__Enabled"] = "true";
            }
            platform.Start(repositoryRoot, options.Get("configuration") ?? "Release", topology, settings);
            await platform.WaitUntilHealthyAsync(topology, TimeSpan.FromMinutes(2), shutdown.Token);

            // Started once the platform is healthy, so its first alerts are not the platform starting.
            await using var observability = observe
                ? await PlatformMonitoring.StartAsync(
                    Path.Combine(dataDirectory, "prometheus"),
                    Path.Combine(repositoryRoot, PrometheusConfiguration.RulesFile),
                    prometheusPort,
                    managementPorts,
                    rabbit.PrometheusPort!.Value,
                    $"postgresql://postgres:{Uri.EscapeDataString(postgres.Password)}@127.0.0.1:{postgres.Port.ToString(CultureInfo.InvariantCulture)}/postgres?sslmode=disable",
                    Forward,
                    shutdown.Token)
                : null;
            if (observability is not null)
            {
                Log("runner", $"Prometheus listening on {observability.PrometheusUri}");
            }

            PrintWelcome(gatewayPort, managementPorts, rabbit, credentials, observability);
            await shutdown.WaitAsync();
            Log("runner", observability is null
                ? "Stopping the gateway, the services, RabbitMQ and PostgreSQL…"
                : "Stopping Prometheus, the PostgreSQL exporter, the gateway, the services, RabbitMQ and PostgreSQL…");
            return 0;
        }
        catch (PortInUseException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        catch (OperationCanceledException) when (shutdown.Token.IsCancellationRequested)
        {
            Log("runner", "Interrupted during start; stopping what was started.");
            return 130;
        }
    }

    /// <summary>Settings of the caller's shell that reach every process: OTLP export, and the platform's own sections.</summary>
    private static readonly string[] PassThroughPrefixes = ["OTEL_", "Gateway__", "Messaging__", "Authentication__", "Logging__", "Registry__", "Funding__", "Accelerator__", "Identity__", "PartnerHub__", "Portal__"];

    private static Dictionary<string, string> PassThroughSettings() =>
        Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => PassThroughPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)) && k != "OTEL_SERVICE_NAME")
            .ToDictionary(k => k, k => Environment.GetEnvironmentVariable(k)!);

    private static void PrintWelcome(int gatewayPort, IReadOnlyDictionary<string, int> managementPorts, RabbitMqServer rabbit, LocalCredentials credentials, PlatformMonitoring? observability)
    {
        var gateway = $"http://127.0.0.1:{gatewayPort}";
        var metrics = string.Join(", ", managementPorts.Select(m => $"{m.Key} {m.Value}"));
        var prometheus = observability is null
            ? " Prometheus:        not started (./piedmont run --observe starts it, with the alert rules)"
            : $" Prometheus:        {observability.PrometheusUri}  (alerts: {observability.PrometheusUri}alerts, targets: {observability.PrometheusUri}targets)";
        var people = string.Join(Environment.NewLine, (credentials.People ?? []).Select(p =>
            $"   {p.Role,-20} {p.Email,-28} {p.Password}{(p.ClusterCode is null ? "" : $"  (cluster {p.ClusterCode})")}{(p.Role == Roles.Evaluator ? $"  (subject {p.Subject}: register it with POST /api/funding/evaluators)" : "")}"));
        Console.WriteLine($"""

            ==============================================================================
             Piedmont innovation ecosystem platform is up.

             Web portal:        {gateway}/  (companies and staff sign in with "Accedi")
             Gateway:           {gateway}
             Services health:   {gateway}/health/services
             Sign in:           {gateway}/account/signin
             Development mail:  {gateway}/account/development-mailbox  (confirmation and reset e-mails)
             OpenID discovery:  {gateway}/.well-known/openid-configuration
             RabbitMQ console:  {rabbit.ManagementUri}  (user {credentials.RabbitMqUser}, password in .local/credentials.json)
             Metrics:           http://127.0.0.1:<management port>/metrics  (Prometheus text; the gateway never routes it)
                                {metrics}
            {prometheus}

             People, one per role (passwords also in .local/credentials.json):
            {people}
             Partner system:    client {LocalCredentials.PartnerClientId}, secret {credentials.PartnerClientSecret}  (client credentials)

             A development token (any role, any organisation; Development only):
               TOKEN=$(./piedmont token --role regional-officer)
               curl -H "Authorization: Bearer $TOKEN" {gateway}/api/funding/applicants/<organisation id>

             Ctrl+C stops everything this command started.
            ==============================================================================

            """);
    }

    private static readonly Lock ConsoleLock = new();

    /// <summary>The runner's own lines, with the UTC time like the services' log lines.</summary>
    private static void Log(string source, string line) =>
        Forward(source, $"{DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture)} {line}");

    private static void Forward(string source, string line)
    {
        lock (ConsoleLock)
        {
            Console.WriteLine($"[{source,-20}] {line}");
        }
    }
}

internal static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PiedmontSystem.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository (PiedmontSystem.sln not found).");
    }
}
