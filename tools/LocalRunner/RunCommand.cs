using PiedmontSystem.LocalInfrastructure;

namespace PiedmontSystem.LocalRunner;

/// <summary>
/// The whole platform on this machine without Docker or Aspire: private PostgreSQL and RabbitMQ
/// with data in the data folder (kept between runs), then the services and the gateway with the
/// configuration Aspire would give them. Ctrl+C stops everything it started and nothing else.
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

        using var shutdown = new Shutdown();
        try
        {
            LoopbackPorts.EnsureFree(gatewayPort, "the gateway", "--gateway-port");
            foreach (var (name, port) in servicePorts)
            {
                LoopbackPorts.EnsureFree(port, name, "--service-base-port");
            }

            var credentials = LocalCredentials.LoadOrCreate(dataDirectory);
            Log("runner", $"Data folder: {dataDirectory}");
            await using var postgres = await PostgresServer.StartAsync(
                Path.Combine(dataDirectory, "postgres"), options.GetPort("postgres-port", 55432), credentials.PostgresPassword, durable: true, shutdown.Token);
            Log("runner", $"PostgreSQL listening on 127.0.0.1:{postgres.Port}");
            foreach (var database in PlatformProcesses.Projects.Select(p => p.Database).OfType<string>())
            {
                await postgres.EnsureDatabaseAsync(database, shutdown.Token);
            }
            await using var rabbit = await RabbitMqServer.StartAsync(
                Path.Combine(dataDirectory, "rabbitmq"),
                options.GetPort("rabbitmq-port", 55672),
                options.GetPort("rabbitmq-management-port", 55673),
                options.GetPort("rabbitmq-dist-port", 55674),
                credentials.RabbitMqUser,
                credentials.RabbitMqPassword,
                shutdown.Token);
            Log("runner", $"RabbitMQ listening on 127.0.0.1:{rabbit.AmqpPort}, management on {rabbit.ManagementUri}");

            var topology = new PlatformTopology(gatewayPort, servicePorts, postgres.ConnectionString, rabbit.AmqpUri());
            await using var platform = new PlatformProcesses(Log);
            var settings = PassThroughSettings();
            // A fresh key each run: the gateway signs the instant it received a request with it, the services verify.
            settings["ReceiptStamp__Key"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            if (options.Get("demo-data") is { } demo)
            {
                // A synthetic population for demos, loaded once by the registry (clearly labelled "(demo)").
                settings["Registry__DemoData__Organisations"] = demo == "true" ? "1200" : demo;
            }
            platform.Start(repositoryRoot, options.Get("configuration") ?? "Release", topology, settings);
            await platform.WaitUntilHealthyAsync(topology, TimeSpan.FromMinutes(2), shutdown.Token);

            PrintWelcome(gatewayPort, rabbit, credentials);
            await shutdown.WaitAsync();
            Log("runner", "Stopping the gateway, the services, RabbitMQ and PostgreSQL…");
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
    private static readonly string[] PassThroughPrefixes = ["OTEL_", "Gateway__", "Messaging__", "Authentication__", "Logging__", "Registry__", "Funding__"];

    private static Dictionary<string, string> PassThroughSettings() =>
        Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => PassThroughPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)) && k != "OTEL_SERVICE_NAME")
            .ToDictionary(k => k, k => Environment.GetEnvironmentVariable(k)!);

    private static void PrintWelcome(int gatewayPort, RabbitMqServer rabbit, LocalCredentials credentials)
    {
        var gateway = $"http://127.0.0.1:{gatewayPort}";
        Console.WriteLine($"""

            ==============================================================================
             Piedmont innovation ecosystem platform is up.

             Gateway:           {gateway}
             Services health:   {gateway}/health/services
             RabbitMQ console:  {rabbit.ManagementUri}  (user {credentials.RabbitMqUser}, password in .local/credentials.json)

             A development token (any role, any organisation):
               TOKEN=$(./piedmont token --role regional-officer)
               curl -H "Authorization: Bearer $TOKEN" {gateway}/api/funding/applicants/<organisation id>

             Ctrl+C stops everything this command started.
            ==============================================================================

            """);
    }

    private static readonly Lock ConsoleLock = new();

    private static void Log(string source, string line)
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
