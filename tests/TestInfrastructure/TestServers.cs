using Npgsql;
using PiedmontSystem.LocalInfrastructure;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// The PostgreSQL and RabbitMQ of this test run. <c>./piedmont test</c> starts one pair for the
/// whole run and passes it in <c>PIEDMONT_TEST_POSTGRES</c>, <c>PIEDMONT_TEST_RABBITMQ</c> and
/// <c>PIEDMONT_TEST_RABBITMQ_MANAGEMENT</c>; without them (a test started from an IDE) the first
/// test to ask starts private throwaway instances on free ports, removed when the process exits.
/// Tests isolate themselves with a fresh database and a fresh virtual host each.
/// </summary>
public static class TestServers
{
    private static readonly Lazy<Task<TestServerEndpoints>> Instance = new(StartOrConnectAsync);

    public static Task<TestServerEndpoints> GetAsync() => Instance.Value;

    private static async Task<TestServerEndpoints> StartOrConnectAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("PIEDMONT_TEST_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("PIEDMONT_TEST_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("PIEDMONT_TEST_RABBITMQ_MANAGEMENT");
        if (postgres is not null && rabbit is not null && management is not null)
        {
            return new TestServerEndpoints(postgres, new Uri(rabbit), RabbitMqManagement.FromUri(new Uri(management)));
        }

        var directory = Path.Combine(Path.GetTempPath(), "piedmont-tests-" + Guid.NewGuid().ToString("N")[..8]);
        var password = Guid.NewGuid().ToString("N");
        var postgresServer = await PostgresServer.StartAsync(Path.Combine(directory, "postgres"), LoopbackPorts.FindFree(), password, durable: false);
        var rabbitServer = await RabbitMqServer.StartAsync(
            Path.Combine(directory, "rabbitmq"), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), "piedmont", password);
        OrphanGuard.CleanUpWhenProcessExits(directory, postgresServer, rabbitServer);
        return new TestServerEndpoints(postgresServer.ConnectionString(), new Uri(rabbitServer.AmqpUri()), rabbitServer.Management);
    }
}

/// <summary>Where the run's servers are, and how a test gets its own corner of them.</summary>
public sealed record TestServerEndpoints(string PostgresAdminConnectionString, Uri RabbitMqUri, RabbitMqManagement RabbitMqManagement)
{
    /// <summary>A connection string to a database of this name (the service's migrator creates it).</summary>
    public string DatabaseConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates a fresh virtual host and returns the AMQP URI that connects to it.</summary>
    public async Task<IsolatedBroker> CreateVirtualHostAsync()
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..12];
        await RabbitMqManagement.CreateVirtualHostAsync(name);
        var uri = new UriBuilder(RabbitMqUri) { Path = "/" + name }.Uri.ToString();
        return new IsolatedBroker(name, uri, RabbitMqManagement);
    }

    public static string UniqueDatabaseName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..40];

    /// <summary>
    /// Drops a test's database and deletes its virtual host once the test is done with them. Best
    /// effort: what is left is only load (the broker's statistics and PostgreSQL's catalogue grow
    /// with every one of them over a run), never a wrong result, so a failure here fails no test.
    /// </summary>
    public async Task RemoveAsync(IEnumerable<string> databases, string? virtualHost)
    {
        try
        {
            await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
            await connection.OpenAsync();
            foreach (var database in databases)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            if (virtualHost is not null)
            {
                await RabbitMqManagement.DeleteVirtualHostAsync(virtualHost);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or HttpRequestException)
        {
            // Left for the run's end, when the servers themselves are removed.
        }
    }
}

/// <summary>A virtual host of the test broker: its AMQP URI, and management calls scoped to it.</summary>
public sealed record IsolatedBroker(string VirtualHost, string AmqpUri, RabbitMqManagement Management)
{
    public Task<long?> CountMessagesAsync(string queue) => Management.CountMessagesAsync(VirtualHost, queue);

    public Task<IReadOnlyList<string>> ListQueuesAsync() => Management.ListQueuesAsync(VirtualHost);
}
