using Npgsql;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>
/// A private PostgreSQL 15 instance from the Debian binaries, listening on 127.0.0.1 only, with
/// its data (and socket) in a folder of ours. initdb and postgres refuse to run as root, so both
/// run as the <c>postgres</c> user, who owns the folder. Data survives a stop: starting again on
/// the same folder keeps it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string SystemUser = "postgres";
    private readonly string _dataDirectory;
    private bool _durable;

    private PostgresServer(string baseDirectory, int port, string password)
    {
        BaseDirectory = baseDirectory;
        _dataDirectory = Path.Combine(baseDirectory, "data");
        Port = port;
        Password = password;
    }

    public string BaseDirectory { get; }
    public int Port { get; }
    public string Password { get; }
    public bool IsRunning { get; private set; }

    /// <summary>Connection string to <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates the cluster on first use, then starts it and waits until it accepts connections.</summary>
    /// <param name="baseDirectory">Folder for the data; created if missing.</param>
    /// <param name="port">Loopback port.</param>
    /// <param name="password">Superuser password, used when the cluster is created.</param>
    /// <param name="durable">False for throwaway test instances: no fsync, for speed.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<PostgresServer> StartAsync(string baseDirectory, int port, string password, bool durable, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(BinDirectory, "postgres")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory}); install the Debian package postgresql-15.");
        }
        LoopbackPorts.EnsureFree(port, "PostgreSQL", "the postgres port setting");

        var server = new PostgresServer(Path.GetFullPath(baseDirectory), port, password);
        await server.InitialiseAsync(cancellationToken);
        await server.StartAsync(durable, cancellationToken);
        return server;
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(BaseDirectory);
        await ProcessRunner.ChownAsync(BaseDirectory, SystemUser, cancellationToken);
        if (File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            return;
        }

        var passwordFile = Path.Combine(BaseDirectory, ".pwfile");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        await ProcessRunner.ChownAsync(passwordFile, SystemUser, cancellationToken);
        try
        {
            await AsPostgres("initdb", ["-D", _dataDirectory, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/> (a database outage in a test), on the same port and data.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default) => StartAsync(_durable, cancellationToken);

    private async Task StartAsync(bool durable, CancellationToken cancellationToken)
    {
        _durable = durable;
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -k {BaseDirectory} -c max_connections=400";
        if (!durable)
        {
            // No autovacuum either: a test run leaves hundreds of small databases, each visited in turn for nothing.
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off";
        }
        await AsPostgres("pg_ctl", ["-D", _dataDirectory, "-o", settings, "-l", Path.Combine(BaseDirectory, "postgres.log"), "-w", "-t", "60", "start"], cancellationToken);
        IsRunning = true;
    }

    public async Task StopAsync()
    {
        if (IsRunning)
        {
            await AsPostgres("pg_ctl", ["-D", _dataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None);
            IsRunning = false;
        }
    }

    /// <summary>Creates <paramref name="database"/> unless it exists.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    // setsid: the server started by pg_ctl must not receive a Ctrl+C meant for the runner.
    private static Task<string> AsPostgres(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync("setsid", ["runuser", "-u", SystemUser, "--", Path.Combine(BinDirectory, tool), .. arguments], cancellationToken: cancellationToken);
}
