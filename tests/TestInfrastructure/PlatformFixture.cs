using Xunit;
using System.Collections.Concurrent;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// The whole platform as separate processes, started the way the local runner starts it (same
/// launcher, same configuration keys as Aspire), on this run's PostgreSQL (fresh databases) and
/// RabbitMQ (a fresh virtual host).
/// </summary>
#pragma warning disable CA1001 // xunit disposes fixtures through IAsyncLifetime.
public class PlatformFixture : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _output = new();
    private TestServerEndpoints _servers = null!;
    private Dictionary<string, string> _databases = [];
    private PlatformProcesses _processes = null!;

    public HttpClient CreateClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{GatewayPort}") };

    public int GatewayPort { get; private set; }

    /// <summary>The ports the processes listen on: public ones and, per process, the management port (metrics).</summary>
    public PlatformTopology Topology { get; private set; } = null!;

    /// <summary>The supervised processes (e.g. to kill one and watch it come back).</summary>
    public PlatformProcesses Processes => _processes;

    /// <summary>The platform's virtual host on this run's RabbitMQ, for a test acting as a partner system.</summary>
    public IsolatedBroker Broker { get; private set; } = null!;

    /// <summary>What the processes printed, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output.TakeLast(200));

    /// <summary>Every line the processes and their supervisor printed.</summary>
    public IReadOnlyList<string> Lines => _output.ToArray();

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        var broker = Broker = await servers.CreateVirtualHostAsync();
        var databases = _databases = ResourceNames.Services.ToDictionary(s => s.Database, s => TestServerEndpoints.UniqueDatabaseName(s.Database));
        _servers = servers;
        GatewayPort = LoopbackPorts.FindFree();
        var topology = Topology = new PlatformTopology(
            GatewayPort,
            ResourceNames.Services.ToDictionary(s => s.Name, _ => LoopbackPorts.FindFree()),
            database => servers.DatabaseConnectionString(databases[database]),
            broker.AmqpUri,
            MessagingManagementConnectionString: broker.Management.UriWithCredentials,
            ManagementPorts: PlatformProcesses.Projects.ToDictionary(p => p.ResourceName, _ => LoopbackPorts.FindFree()));

        var statusFile = Path.Combine(Path.GetTempPath(), $"piedmont-processes-{Guid.NewGuid():N}.json");
        _processes = new PlatformProcesses((source, line) => _output.Enqueue($"[{source}] {line}"), statusFile);
        var (repositoryRoot, configuration) = BuildOutput.Locate();
        // As the runner does: a fresh key with which the gateway signs when it received a request.
        var settings = new Dictionary<string, string> { ["ReceiptStamp__Key"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) };
        // As the runner does: the identity service's key folder (the tests sign tokens with its key
        // to show that only expiry or audience refuses them), its clients and a person per role here.
        SigningKey = System.Security.Cryptography.RSA.Create(2048);
        Directory.CreateDirectory(_keyDirectory);
        await File.WriteAllTextAsync(Path.Combine(_keyDirectory, "signing-20261125T000000.pem"), SigningKey.ExportPkcs8PrivateKeyPem());
        await File.WriteAllTextAsync(Path.Combine(_keyDirectory, "encryption-20261125T000000.key"),
            Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        settings["Identity__Keys__Directory"] = _keyDirectory;
        settings["Identity__Clients__Web__Secret"] = WebClientSecret;
        settings["Identity__Clients__DevelopmentPartnerSecret"] = PartnerSecret;
        settings["Identity__PasswordHashIterations"] = "1000";
        foreach (var (person, i) in People.Select((p, i) => (p, i)))
        {
            settings[$"Identity__DevelopmentPeople__{i}__Email"] = person.Email;
            settings[$"Identity__DevelopmentPeople__{i}__Password"] = person.Password;
            settings[$"Identity__DevelopmentPeople__{i}__DisplayName"] = person.Role;
            settings[$"Identity__DevelopmentPeople__{i}__Role"] = person.Role;
            if (person.Role == ServiceDefaults.Security.Roles.ClusterManager)
            {
                settings[$"Identity__DevelopmentPeople__{i}__ClusterCode"] = ManagedCluster;
            }
        }
        _processes.Start(repositoryRoot, configuration, topology, settings);
        try
        {
            // Generous: on two cores beside other test assemblies, eight processes migrating and starting take a while.
            await _processes.WaitUntilHealthyAsync(topology, TimeSpan.FromSeconds(240));
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The platform did not start:\n{Output}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        await _processes.DisposeAsync();
        await _servers.RemoveAsync(_databases.Values, Broker.VirtualHost);
        SigningKey.Dispose();
        Directory.Delete(_keyDirectory, recursive: true);
    }

    public const string WebClientSecret = "platform-tests-web-secret";
    public const string PartnerClientId = "piedmont-dev-partner";
    public const string PartnerSecret = "platform-tests-partner-secret";

    private readonly string _keyDirectory = Path.Combine(Path.GetTempPath(), $"piedmont-identity-keys-{Guid.NewGuid():N}");

    /// <summary>The identity service's signing key (its kid is <c>signing-20261125T000000</c>).</summary>
    public System.Security.Cryptography.RSA SigningKey { get; private set; } = null!;

    /// <summary>The token issuer: the gateway's address, as the runner sets it.</summary>
    public string Issuer => $"http://127.0.0.1:{GatewayPort}/";

    /// <summary>People the identity service creates at its start (Development), as <c>./piedmont run</c> asks it to.</summary>
    public static readonly IReadOnlyList<(string Email, string Password, string Role)> People =
    [
        ("officer@platform-tests.example", "violet-harbour-7291-lantern", ServiceDefaults.Security.Roles.RegionalOfficer),
        ("ceip@platform-tests.example", "amber-quarry-5183-meadow", ServiceDefaults.Security.Roles.CeipOfficer),
        ("cluster-manager@platform-tests.example", "copper-lagoon-6402-thistle", ServiceDefaults.Security.Roles.ClusterManager),
        ("accelerator@platform-tests.example", "maple-signal-3817-harbour", ServiceDefaults.Security.Roles.AcceleratorManager),
        ("evaluator@platform-tests.example", "quartz-meadow-9154-lantern", ServiceDefaults.Security.Roles.Evaluator),
        ("operator@platform-tests.example", "ember-valley-2746-compass", ServiceDefaults.Security.Roles.Operator),
    ];

    /// <summary>The cluster the test cluster manager runs.</summary>
    public const string ManagedCluster = "CLEVER";
}

/// <summary>Where the services' build output is: same repository, same configuration as these tests.</summary>
public static class BuildOutput
{
    public static (string RepositoryRoot, string Configuration) Locate()
    {
        // …/tests/Gateway.Tests/bin/<Configuration>/net10.0/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PiedmontSystem.sln")))
        {
            root = root.Parent;
        }
        return (root?.FullName ?? throw new InvalidOperationException("Repository root not found."), configuration);
    }
}
